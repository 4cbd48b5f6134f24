"""The homepage links to the ITA index of the site's assessment year (reachability)."""

import pytest


@pytest.mark.django_db
def test_homepage_links_the_ita_index(client, site_th):
    from demo.ita_pages import ensure_index, ensure_section

    index = ensure_index(ensure_section(site_th.root_page.specific), 2566)
    html = client.get("/th/").content.decode()
    assert f'href="{index.url}"' in html
    assert index.url == "/th/ita/2566/"
