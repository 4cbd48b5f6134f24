"""The visitor counter in Chromium against the production stack.

Each page a citizen opens adds one visit through the page's own beacon token; asking
for the same pixel again, or for the bare pixel, adds nothing. Headless Chromium names
itself in its user agent and is not counted, so this journey browses as a phone does.
"""

from __future__ import annotations

PHONE_AGENT = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/156.0.0.0 Mobile Safari/537.36"
)
TOTAL = """
from django.db.models import Sum
from ita_pages.furniture.visitors.models import DailyVisits
print(DailyVisits.objects.aggregate(total=Sum("count"))["total"] or 0)
"""


def visits(stack) -> int:
    return int(stack.manage("shell", "-c", TOTAL).stdout.strip().splitlines()[-1])


def test_each_page_view_counts_once_and_replayed_pixels_count_nothing(stack, browser, shot):
    context = browser.new_context(
        base_url=stack.url, viewport={"width": 375, "height": 740}, locale="th-TH", user_agent=PHONE_AGENT
    )
    page = context.new_page()
    before = visits(stack)
    for path in ("/th/", "/th/ita/2566/", "/th/"):
        with page.expect_response(lambda r: "/hit.gif" in r.url) as pixel:
            page.goto(path)
        assert pixel.value.status == 200
    assert visits(stack) == before + 3
    beacon = page.locator("img.visit-beacon").get_attribute("src")
    assert "?v=" in beacon
    # The same token again, and the pixel with no token, as a script would send them.
    for url in (beacon, beacon.split("?")[0]):
        for _attempt in range(5):
            assert page.request.get(url, headers={"User-Agent": PHONE_AGENT}).status == 200
    assert visits(stack) == before + 3
    shot(page, "counted-home-phone")
    context.close()
