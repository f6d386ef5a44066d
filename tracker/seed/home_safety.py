"""Home-safety seed data from docs/bone-facts.md §5.1 and §5.2 (sources in §0)."""

ROOMS = [
    {"name": "Floors", "slug": "floors", "order": 1},
    {"name": "Stairs and steps", "slug": "stairs-and-steps", "order": 2},
    {"name": "Kitchen", "slug": "kitchen", "order": 3},
    {"name": "Bathrooms", "slug": "bathrooms", "order": 4},
    {"name": "Bedrooms", "slug": "bedrooms", "order": 5},
]

# Each question is asked so that "Fine" (yes) means safe, never as a double
# negative; the fix says what to do, in a sentence, and is what "Still to fix"
# lists. In our own words, from docs/bone-facts.md §5.1 (STEADI-CfS).
CHECKLIST_ITEMS = [
    # Floors.
    {
        "room": "floors",
        "question": "Can you walk through each room without going around furniture?",
        "fix": "Move furniture to leave a clear path through each room.",
        "order": 1,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Floors",
    },
    {
        "room": "floors",
        "question": "Are your floors free of loose rugs and mats?",
        "fix": (
            "Take loose rugs away, or hold them down with double-sided tape or a "
            "non-slip backing."
        ),
        "order": 2,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Floors",
    },
    {
        "room": "floors",
        "question": (
            "Are your floors clear of papers, shoes, books, towels, boxes and blankets?"
        ),
        "fix": "Pick things up off the floor and keep it clear.",
        "order": 3,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Floors",
    },
    {
        "room": "floors",
        "question": (
            "Can you walk about without stepping over or around cords, such as "
            "lamp, phone or extension cords?"
        ),
        "fix": (
            "Coil or tape cords along the wall, out of the way; have an extra "
            "socket fitted if you need one."
        ),
        "order": 4,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Floors",
    },
    # Stairs and steps, inside and outside.
    {
        "room": "stairs-and-steps",
        "question": "Are the stairs clear of things left lying on them?",
        "fix": "Clear everything off the stairs and keep them empty.",
        "order": 5,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Stairs and steps",
    },
    {
        "room": "stairs-and-steps",
        "question": "Are all the steps sound and even?",
        "fix": "Have broken or uneven steps repaired.",
        "order": 6,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Stairs and steps",
    },
    {
        "room": "stairs-and-steps",
        "question": "Is there a light above the stairs?",
        "fix": "Have a ceiling light fitted at the top and at the bottom of the stairs.",
        "order": 7,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Stairs and steps",
    },
    {
        "room": "stairs-and-steps",
        "question": (
            "Can you switch the stair light on from both the top and the bottom?"
        ),
        "fix": (
            "Have a switch fitted at each end. Switches that glow are easier to "
            "find in the dark."
        ),
        "order": 8,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Stairs and steps",
    },
    {
        "room": "stairs-and-steps",
        "question": "Do all the bulbs over the stairs work?",
        "fix": "Put in a new bulb, and ask someone to help if you would have to climb.",
        "order": 9,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Stairs and steps",
    },
    {
        "room": "stairs-and-steps",
        "question": "Is the carpet on every step firmly in place?",
        "fix": (
            "Fasten the carpet down on every step, or take it up and fit non-slip "
            "treads."
        ),
        "order": 10,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Stairs and steps",
    },
    {
        "room": "stairs-and-steps",
        "question": "Are there firm handrails on both sides of the stairs?",
        "fix": (
            "Repair any loose or broken rail, and have sturdy rails fitted on both "
            "sides, the whole length of the stairs."
        ),
        "order": 11,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Stairs and steps",
    },
    # Kitchen.
    {
        "room": "kitchen",
        "question": "Can you reach the things you use often without a high shelf?",
        "fix": "Move things you use often to shelves at about waist height.",
        "order": 12,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Kitchen",
    },
    {
        "room": "kitchen",
        "question": "Is your step stool steady?",
        "fix": (
            "Get a steady step stool with a bar to hold on to, and never stand on a "
            "chair to reach."
        ),
        "order": 13,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Kitchen",
    },
    # Bathrooms.
    {
        "room": "bathrooms",
        "question": (
            "Does the floor of your tub or shower have a non-slip mat or grip strips?"
        ),
        "fix": (
            "Lay a non-slip rubber mat or stick-on grip strips on the tub or shower "
            "floor."
        ),
        "order": 14,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Bathrooms",
    },
    {
        "room": "bathrooms",
        "question": (
            "Are there grab bars to hold when you get in or out of the tub and up "
            "from the toilet?"
        ),
        "fix": "Have grab bars fitted inside the tub and next to the toilet.",
        "order": 15,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Bathrooms",
    },
    # Bedrooms.
    {
        "room": "bedrooms",
        "question": "Can you reach a light easily from your bed?",
        "fix": "Put a lamp close to your bed, where you can reach it easily.",
        "order": 16,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Bedrooms",
    },
    {
        "room": "bedrooms",
        "question": "Is the way from your bed to the bathroom lit at night?",
        "fix": "Plug in night-lights along the way from your bed to the bathroom.",
        "order": 17,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Bedrooms",
    },
]

# Points are added for each "yes"; a total of 4 or more suggests talking with a
# clinician (§5.2). The self-check is a screening aid, not a diagnosis.
SELF_CHECK_STATEMENTS = [
    {
        "number": 1,
        "statement": "I have had a fall in the past year.",
        "points": 2,
        "why": "Having fallen once makes another fall more likely.",
        "source": "STEADI-SI",
        "source_detail": "Stay Independent self-check, item 1",
    },
    {
        "number": 2,
        "statement": "I use a cane or walker, or I have been told to use one.",
        "points": 2,
        "why": (
            "It means a higher chance of falling has already been noticed by you or "
            "someone caring for you."
        ),
        "source": "STEADI-SI",
        "source_detail": "Stay Independent self-check, item 2",
    },
    {
        "number": 3,
        "statement": "At times I feel unsteady on my feet when I walk.",
        "points": 1,
        "why": "Feeling unsteady can be a sign that your balance needs support.",
        "source": "STEADI-SI",
        "source_detail": "Stay Independent self-check, item 3",
    },
    {
        "number": 4,
        "statement": "At home, I reach for furniture to keep myself steady.",
        "points": 1,
        "why": "Needing something to hold can also point to balance trouble.",
        "source": "STEADI-SI",
        "source_detail": "Stay Independent self-check, item 4",
    },
    {
        "number": 5,
        "statement": "I am worried that I might fall.",
        "points": 1,
        "why": "Being afraid of falling is itself linked to a higher chance of a fall.",
        "source": "STEADI-SI",
        "source_detail": "Stay Independent self-check, item 5",
    },
    {
        "number": 6,
        "statement": "I have to push with my hands to get up out of a chair.",
        "points": 1,
        "why": "This can be a sign that your leg muscles are weak.",
        "source": "STEADI-SI",
        "source_detail": "Stay Independent self-check, item 6",
    },
    {
        "number": 7,
        "statement": "Stepping up onto a curb is sometimes hard for me.",
        "points": 1,
        "why": "This, too, can be a sign of weak leg muscles.",
        "source": "STEADI-SI",
        "source_detail": "Stay Independent self-check, item 7",
    },
    {
        "number": 8,
        "statement": "I often have to hurry to get to the toilet in time.",
        "points": 1,
        "why": "Hurrying, above all at night, makes a fall more likely.",
        "source": "STEADI-SI",
        "source_detail": "Stay Independent self-check, item 8",
    },
    {
        "number": 9,
        "statement": "My feet have lost some of their feeling.",
        "points": 1,
        "why": "When you cannot feel your feet well, it is easier to trip or stumble.",
        "source": "STEADI-SI",
        "source_detail": "Stay Independent self-check, item 9",
    },
    {
        "number": 10,
        "statement": (
            "A medicine I take sometimes makes me feel light-headed or more tired "
            "than usual."
        ),
        "points": 1,
        "why": "Side effects like these can make a fall more likely.",
        "source": "STEADI-SI",
        "source_detail": "Stay Independent self-check, item 10",
    },
    {
        "number": 11,
        "statement": "I take medicine to help me sleep or to lift my mood.",
        "points": 1,
        "why": "Medicines of this kind can raise the chance of a fall.",
        "source": "STEADI-SI",
        "source_detail": "Stay Independent self-check, item 11",
    },
    {
        "number": 12,
        "statement": "I often feel sad or down.",
        "points": 1,
        "why": "Feeling low is linked to a higher chance of falling.",
        "source": "STEADI-SI",
        "source_detail": "Stay Independent self-check, item 12",
    },
]

# The one settings row. The threshold is the brochure's (§5.2). The checklist names
# no re-check interval; a yearly one follows the brochures' yearly cadence for the
# other habits (§5.1: eyes checked "at least once a year"; §5.3: yearly reviews).
# The note names no interval of its own, so it stays true when an admin changes it.
SETTINGS = {
    "id": 1,
    "recheck_interval_months": 12,
    "recheck_interval_source": "STEADI-CfS",
    "recheck_interval_source_detail": (
        "brochure, other tips (vision checked at least once a year); the checklist "
        "itself gives no interval, so the interval is the app's suggestion"
    ),
    "self_check_threshold": 4,
    "self_check_threshold_source": "STEADI-SI",
    "self_check_threshold_source_detail": (
        "Stay Independent: a score of 4 or more means you may be at risk of falling"
    ),
}
