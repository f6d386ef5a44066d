"""Tips and articles from docs/bone-facts.md §1.3, §1.4, §2, §3, §4.1, §4.4, §5."""

TIPS = [
    # Nutrition.
    {
        "title": "Food first, then fill the gap",
        "slug": "food-first-then-fill-the-gap",
        "kind": "tip",
        "topic": "nutrition",
        "body": (
            "Try to get most of your calcium from what you eat and drink. If you "
            "still fall short, a supplement can make up the difference. Your "
            "clinician can help you decide whether you need one."
        ),
        "published": True,
        "order": 1,
        "source": "BHOF",
        "source_detail": "patient guidance, calcium (food first, supplement the gap)",
    },
    {
        "title": "Spread out larger calcium supplement amounts",
        "slug": "spread-out-calcium-supplements",
        "kind": "tip",
        "topic": "nutrition",
        "body": (
            "Your body takes in calcium from a supplement best when each dose holds "
            "500 mg of elemental calcium or less. If your daily amount is more than "
            "that, taking it at different times of day helps. Check with your "
            "clinician or pharmacist how this fits with your other medicines."
        ),
        "published": True,
        "order": 2,
        "source": "ODS-Ca",
        "source_detail": "Calcium supplements section (dose size and absorption)",
    },
    {
        "title": "Carbonate or citrate?",
        "slug": "carbonate-or-citrate",
        "kind": "tip",
        "topic": "nutrition",
        "body": (
            "Calcium carbonate is taken up best when you have it with a meal. "
            "Calcium citrate works well with or without food, and may suit people "
            "who take medicine to lower stomach acid. A pharmacist can help you "
            "choose."
        ),
        "published": True,
        "order": 3,
        "source": "ODS-Ca",
        "source_detail": "Calcium supplements section (forms of calcium)",
    },
    {
        "title": "Look for elemental calcium on the label",
        "slug": "elemental-calcium-on-the-label",
        "kind": "tip",
        "topic": "nutrition",
        "body": (
            "The Supplement Facts panel shows the elemental calcium, the part your "
            "body can use. It is less than the weight of the whole compound: a "
            "tablet with 1,250 mg of calcium carbonate gives 500 mg of calcium. Log "
            "the elemental amount, and ask a pharmacist if the label is unclear."
        ),
        "published": True,
        "order": 4,
        "source": "ODS-Ca",
        "source_detail": "Calcium supplements section (carbonate is 40% calcium)",
    },
    {
        "title": "Spinach is not a strong calcium source",
        "slug": "spinach-calcium",
        "kind": "tip",
        "topic": "nutrition",
        "body": (
            "Spinach contains calcium, but it also holds oxalate, which binds the "
            "calcium so little of it is absorbed. Enjoy spinach for its other "
            "goodness, and lean on foods like milk, yogurt, fortified drinks or "
            "kale for calcium. A dietitian or your clinician can help you plan."
        ),
        "published": True,
        "order": 5,
        "source": "ODS-Ca",
        "source_detail": "Calcium sources section (oxalate and bioavailability)",
    },
    # Home safety and falls.
    {
        "title": "Have your eyes checked every year",
        "slug": "yearly-eye-check",
        "kind": "tip",
        "topic": "home_safety",
        "body": (
            "Clear sight helps you spot steps, edges and clutter. Book an eye check "
            "at least once a year and keep your glasses up to date. Ask your eye "
            "doctor how often is right for you."
        ),
        "published": True,
        "order": 6,
        "source": "STEADI-CfS",
        "source_detail": "brochure, other tips (vision check at least once a year)",
    },
    {
        "title": "Wear sturdy shoes, indoors and out",
        "slug": "sturdy-shoes",
        "kind": "tip",
        "topic": "home_safety",
        "body": (
            "Shoes with good grip help you stay steady, both in the house and "
            "outside. Try not to go barefoot or wear slippers. If foot problems make "
            "shoes hard to wear, mention it to your clinician."
        ),
        "published": True,
        "order": 7,
        "source": "STEADI-CfS",
        "source_detail": "brochure, other tips (footwear)",
    },
    {
        "title": "Stand up slowly",
        "slug": "stand-up-slowly",
        "kind": "tip",
        "topic": "home_safety",
        "body": (
            "Getting up quickly can make you feel dizzy. Pause for a moment after "
            "sitting or lying down, then rise slowly. If you often feel light-headed "
            "when you stand, tell your clinician."
        ),
        "published": True,
        "order": 8,
        "source": "STEADI-CfS",
        "source_detail": "brochure, other tips (standing up)",
    },
    {
        "title": "Keep a phone you could reach from the floor",
        "slug": "phone-within-reach",
        "kind": "tip",
        "topic": "home_safety",
        "body": (
            "If you ever fall, a phone you can reach from the floor lets you call for "
            "help. Keep emergency numbers in large print by each phone. You could "
            "also ask your clinician about a personal alarm."
        ),
        "published": True,
        "order": 9,
        "source": "STEADI-CfS",
        "source_detail": "brochure, other tips (phones and emergency numbers)",
    },
    # Medication.
    {
        "title": "Ask for a medicine review",
        "slug": "medicine-review",
        "kind": "tip",
        "topic": "medication",
        "body": (
            "Some medicines, such as those for sleep, mood or blood pressure, can "
            "leave you dizzy or drowsy. Ask your doctor or pharmacist to go through "
            "everything you take, including things bought without a prescription. "
            "Do not stop or change a medicine on your own."
        ),
        "published": True,
        "order": 10,
        "source": "STEADI-SI",
        "source_detail": "brochure, talk to your health care provider (medicines)",
    },
    # Exercise.
    {
        "title": "Walking is good, but add strength and balance",
        "slug": "add-strength-and-balance",
        "kind": "tip",
        "topic": "exercise",
        "body": (
            "Walking is great for your heart, but on its own it is not enough for "
            "bones with osteoporosis. Add strength and balance exercises to your "
            "week. A physiotherapist can help you build a plan that is safe for you."
        ),
        "published": True,
        "order": 11,
        "source": "TFTF-2014",
        "source_detail": "core recommendations (multicomponent exercise)",
    },
    {
        "title": "Hinge at the hips, not the spine",
        "slug": "hinge-at-the-hips",
        "kind": "tip",
        "topic": "exercise",
        "body": (
            "When you reach down, bend at your hips and knees and keep your back "
            "straight, instead of curling your spine. A reacher helps with things on "
            "the floor. A physiotherapist can show you how to do this safely."
        ),
        "published": True,
        "order": 12,
        "source": "TFTF-2015",
        "source_detail": "Table 5, spine-sparing alternatives (hip hinge)",
    },
    # Articles.
    {
        "title": "Why calcium and vitamin D work together",
        "slug": "calcium-and-vitamin-d-together",
        "kind": "article",
        "topic": "nutrition",
        "body": (
            "Calcium is the main mineral in your bones. Your body cannot make it, "
            "so it has to come from food, drinks or supplements."
            "\n\n"
            "Vitamin D helps your gut take in calcium. Without enough vitamin D, "
            "less of the calcium you eat reaches your body."
            "\n\n"
            "A few foods supply vitamin D, such as oily fish, eggs, fortified milk "
            "and mushrooms grown under UV light. Your skin also makes it in "
            "sunlight, and supplements are another option."
            "\n\n"
            "For adults aged 51 to 70, the recommended amount is 600 IU a day, and "
            "from age 71 it is 800 IU. More is not always better: for most adults "
            "the upper limit is 4,000 IU a day. Labels may use micrograms instead; "
            "1 mcg equals 40 IU."
            "\n\n"
            "Your needs may differ, for example if a blood test showed low vitamin "
            "D. Talk with your clinician before taking more than the usual amount."
        ),
        "published": True,
        "order": 13,
        "source": "ODS-D",
        "source_detail": "Table 2 (RDA), Table 4 (UL) and IU conversion",
    },
    {
        "title": "Exercise that helps bones",
        "slug": "exercise-that-helps-bones",
        "kind": "article",
        "topic": "exercise",
        "body": (
            "Staying active is worthwhile with osteoporosis or low bone mass. The "
            "Too Fit To Fracture experts recommend a mix of activities rather than "
            "just one."
            "\n\n"
            "The core of the mix is strength training plus balance training. "
            "Strength moves work your legs, arms, chest, shoulders and back. Balance "
            "practice, such as tai chi, dancing or standing on one foot, helps you "
            "stay steady."
            "\n\n"
            "Walking and other aerobic activity are good for you too, but they "
            "should sit alongside strength and balance work, not replace it. Gentle "
            "posture moves, such as tucking your chin and lifting your chest, are "
            "worth doing every day."
            "\n\n"
            "If you have had a spine fracture, see a physiotherapist first for a "
            "plan that is safe for you. Start gently, build up slowly, and talk with "
            "your clinician if anything causes pain."
        ),
        "published": True,
        "order": 14,
        "source": "TFTF-2014",
        "source_detail": "core recommendations and exercise components",
    },
]
