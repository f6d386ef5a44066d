"""Every page of the app, for the checks that run on all of them (axe, HTML, size).

Add each new page here. Paths are built from seeded guidance and the `alice` user.
"""

from tracker.seed.tips import TIPS

# Pages anyone can open.
PUBLIC_PAGES = [
    "/",
    "/about/",
    "/about/foods/",
    "/exercise/library/",
    "/exercise/library/brisk-walking/",
    "/exercise/avoid/",
    "/about/home-safety/",
    "/about/medicines/",
    "/about/medicines/denosumab/",
    "/tips/",
    f"/tips/{TIPS[0]['slug']}/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password_reset/",
    "/accounts/password_reset/done/",
]

# Pages a signed-in user opens.
USER_PAGES = [
    "/",
    "/weeks/",
    "/weeks/2026-W02/",
    "/trends/",
    "/profile/",
    "/about/",
    "/account/delete/",
    "/exercise/",
    "/exercise/log/",
    "/exercise/library/",
    "/exercise/library/skipping/",
    "/exercise/avoid/",
    "/accounts/password_change/",
    "/accounts/password_change/done/",
    "/intake/",  # today's diary
    "/intake/2026-01-05/",
    "/intake/2026-01-05/?q=milk",
    "/intake/2026-01-05/estimate/",
    "/intake/2026-W02/",
    "/intake/my-foods/",
    "/intake/my-foods/add/",
    "/intake/my-supplements/",
    "/intake/my-supplements/add/",
    "/home-safety/",
    "/home-safety/floors/",
    "/home-safety/stairs-and-steps/",
    "/home-safety/self-check/",
    "/home-safety/self-check/history/",
    "/home-safety/falls/",
    "/home-safety/falls/new/",
    "/medicines/",
    "/medicines/add/",
    "/medicines/add/alendronate/",
    "/medicines/add/denosumab/",
    "/medicines/add/other/",
    "/medicines/calendar/",
]
