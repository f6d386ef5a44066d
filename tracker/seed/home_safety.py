"""Home-safety seed data from docs/bone-facts.md §5.1 and §5.2 (sources in §0)."""

ROOMS = [
    {"name": "Floors", "slug": "floors", "order": 1},
    {"name": "Stairs and steps", "slug": "stairs-and-steps", "order": 2},
    {"name": "Kitchen", "slug": "kitchen", "order": 3},
    {"name": "Bathrooms", "slug": "bathrooms", "order": 4},
    {"name": "Bedrooms", "slug": "bedrooms", "order": 5},
]

# A "yes" to each question means there is a hazard to fix.
CHECKLIST_ITEMS = [
    # Floors.
    {
        "room": "floors",
        "question": "Do you have to walk around furniture to get through a room?",
        "fix": "Move the furniture so there is a clear, open path through each room.",
        "order": 1,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Floors",
    },
    {
        "room": "floors",
        "question": "Are there throw rugs or loose mats on your floors?",
        "fix": (
            "Take them away, or stop them sliding with double-sided tape or a "
            "non-slip backing."
        ),
        "order": 2,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Floors",
    },
    {
        "room": "floors",
        "question": (
            "Are there papers, shoes, books, towels, boxes or blankets lying on the "
            "floor?"
        ),
        "fix": "Pick things up and keep the floor clear.",
        "order": 3,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Floors",
    },
    {
        "room": "floors",
        "question": (
            "Do you step over or around cords, such as lamp, phone or extension cords?"
        ),
        "fix": (
            "Coil or tape cords against the wall, out of the way. If you need more "
            "sockets, have an extra outlet put in."
        ),
        "order": 4,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Floors",
    },
    # Stairs and steps, inside and outside.
    {
        "room": "stairs-and-steps",
        "question": "Are things left lying on the stairs?",
        "fix": "Clear everything off the stairs and keep them empty.",
        "order": 5,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Stairs and steps",
    },
    {
        "room": "stairs-and-steps",
        "question": "Are any steps broken or uneven?",
        "fix": "Have them repaired.",
        "order": 6,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Stairs and steps",
    },
    {
        "room": "stairs-and-steps",
        "question": "Is there no light above the stairway?",
        "fix": (
            "Have a ceiling light fitted at both the top and the bottom of the stairs."
        ),
        "order": 7,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Stairs and steps",
    },
    {
        "room": "stairs-and-steps",
        "question": (
            "Is there a light switch at only one end of the stairs, top or bottom?"
        ),
        "fix": (
            "Add a switch at each end. Switches that glow or light up are easier to "
            "find in the dark."
        ),
        "order": 8,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Stairs and steps",
    },
    {
        "room": "stairs-and-steps",
        "question": "Has a bulb over the stairs burned out?",
        "fix": "Put in a new bulb, and ask someone to help if you would need to climb.",
        "order": 9,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Stairs and steps",
    },
    {
        "room": "stairs-and-steps",
        "question": "Is the carpet on any step loose or torn?",
        "fix": (
            "Fix it down firmly on every step, or take it up and put non-slip treads "
            "on the steps."
        ),
        "order": 10,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Stairs and steps",
    },
    {
        "room": "stairs-and-steps",
        "question": (
            "Is a handrail loose or broken, or is there a rail on only one side?"
        ),
        "fix": (
            "Repair any loose or broken rail. Aim for sturdy rails on both sides that "
            "run the whole length of the stairs."
        ),
        "order": 11,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Stairs and steps",
    },
    # Kitchen.
    {
        "room": "kitchen",
        "question": "Do you keep things you use often on high shelves?",
        "fix": "Move them to lower shelves, at about waist height.",
        "order": 12,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Kitchen",
    },
    {
        "room": "kitchen",
        "question": "Is your step stool wobbly?",
        "fix": (
            "Get a steady step stool with a bar to hold on to. Never stand on a chair "
            "to reach."
        ),
        "order": 13,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Kitchen",
    },
    # Bathrooms.
    {
        "room": "bathrooms",
        "question": "Is the floor of your tub or shower slippery?",
        "fix": "Lay a non-slip rubber mat or stick-on grip strips on the floor.",
        "order": 14,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Bathrooms",
    },
    {
        "room": "bathrooms",
        "question": (
            "Do you need something to hold when getting in or out of the tub, or "
            "when getting up from the toilet?"
        ),
        "fix": "Have grab bars put in inside the tub and next to the toilet.",
        "order": 15,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Bathrooms",
    },
    # Bedrooms.
    {
        "room": "bedrooms",
        "question": "Is the light by your bed hard to reach?",
        "fix": "Put a lamp close to the bed, where you can reach it easily.",
        "order": 16,
        "source": "STEADI-CfS",
        "source_detail": "Check for Safety, Bedrooms",
    },
    {
        "room": "bedrooms",
        "question": "Is the way from your bed to the bathroom dark?",
        "fix": "Plug in night-lights so you can see your way at night.",
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
