"""RSS of the agency's own news (O7), built with Django's syndication framework."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed


class NewsFeed(Feed):
    """The 30 newest items of one news index."""

    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.get_url(request=self.request)

    def description(self):
        return self.index_page.search_description or self.index_page.title

    def items(self):
        return self.index_page.news()[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary or item.search_description

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_guid(self, item):
        return item.full_url
