"""Calcium and vitamin D targets, foods and supplement presets: docs/bone-facts.md §1–§3.

Only adult rows (19 and over) are included. Vitamin D is stored in IU; 1 µg = 40 IU.
"""

from tracker.domain.measures import volume_ml

# Age bands are inclusive years; age_max None means "and older".
NUTRIENT_TARGETS = [
    # §1.1 US RDA for calcium (mg/day, food and supplements together).
    *[
        {
            "nutrient": "calcium",
            "kind": "recommended",
            "sex": sex,
            "age_min": age_min,
            "age_max": age_max,
            "amount": amount,
            "unit": "mg",
            "source": "ODS-Ca",
            "source_detail": "Table 1 (from IOM 2011)",
        }
        for sex, age_min, age_max, amount in [
            ("female", 19, 50, 1000),
            ("female", 51, 70, 1200),
            ("female", 71, None, 1200),
            ("male", 19, 50, 1000),
            ("male", 51, 70, 1000),
            ("male", 71, None, 1200),
        ]
    ],
    # §1.2 Tolerable upper intake level for calcium, the same for women and men.
    {
        "nutrient": "calcium",
        "kind": "upper_limit",
        "sex": "any",
        "age_min": 19,
        "age_max": 50,
        "amount": 2500,
        "unit": "mg",
        "source": "ODS-Ca",
        "source_detail": "Table 3 (from IOM 2011, chapter 6)",
    },
    {
        "nutrient": "calcium",
        "kind": "upper_limit",
        "sex": "any",
        "age_min": 51,
        "age_max": None,
        "amount": 2000,
        "unit": "mg",
        "source": "ODS-Ca",
        "source_detail": "Table 3 (from IOM 2011, chapter 6)",
        "note": (
            "Lowered from 2,500 mg for this age group because supplement use was linked "
            "to kidney stones. Going over it from food alone is rare."
        ),
    },
    # §1.3 BHOF calcium recommendation; it agrees with the RDA for adults.
    *[
        {
            "nutrient": "calcium",
            "kind": "bone_health",
            "sex": sex,
            "age_min": age_min,
            "age_max": age_max,
            "amount": amount,
            "unit": "mg",
            "source": "BHOF",
            "source_detail": "Calcium and vitamin D guidance table",
        }
        for sex, age_min, age_max, amount in [
            ("female", 19, 50, 1000),
            ("female", 51, None, 1200),
            ("male", 19, 70, 1000),
            ("male", 71, None, 1200),
        ]
    ],
    # §2.1 US RDA for vitamin D (IU/day), the same for women and men.
    *[
        {
            "nutrient": "vitamin_d",
            "kind": "recommended",
            "sex": "any",
            "age_min": age_min,
            "age_max": age_max,
            "amount": amount,
            "unit": "IU",
            "source": "ODS-D",
            "source_detail": "Table 2 (from IOM 2011)",
        }
        for age_min, age_max, amount in [(19, 50, 600), (51, 70, 600), (71, None, 800)]
    ],
    # §2.2 Tolerable upper intake level for vitamin D, ages 9 and over.
    {
        "nutrient": "vitamin_d",
        "kind": "upper_limit",
        "sex": "any",
        "age_min": 19,
        "age_max": None,
        "amount": 4000,
        "unit": "IU",
        "source": "ODS-D",
        "source_detail": "Table 4 (from IOM 2011)",
    },
    # §2.3 BHOF vitamin D recommendation, given as ranges.
    {
        "nutrient": "vitamin_d",
        "kind": "bone_health",
        "sex": "any",
        "age_min": 19,
        "age_max": 49,
        "amount": 400,
        "amount_max": 800,
        "unit": "IU",
        "source": "BHOF",
        "source_detail": "Calcium and vitamin D guidance table",
    },
    {
        "nutrient": "vitamin_d",
        "kind": "bone_health",
        "sex": "any",
        "age_min": 50,
        "age_max": None,
        "amount": 800,
        "amount_max": 1000,
        "unit": "IU",
        "source": "BHOF",
        "source_detail": "Calcium and vitamin D guidance table",
        "note": "Some people need more under their clinician's care.",
    },
]

LABEL_WINS = (
    "Fortified products vary by brand: the amount on your product's label wins."
)
TOFU_VARIES = (
    "Tofu calcium depends on what it is set with. Check the label of your tofu."
)
OXALATE = (
    "Spinach is rich in oxalate, which binds calcium, so only a small part of this "
    "calcium is absorbed. It is shown but not counted toward your calcium target."
)

# §3.1: USDA SR28 value per 100 g times the gram weight of the household measure.
FOODS = [
    {
        # docs/bone-facts.md §3.1, row 1
        "name": "Milk, nonfat (skim), vitamin D added",
        "group": "dairy",
        "serving": "1 cup",
        "serving_grams": "245",
        "calcium_mg": 299,
        "vitamin_d_iu": 115,
        "source": "USDA-SR28",
        "source_detail": "NDB 01085",
    },
    {
        # docs/bone-facts.md §3.1, row 2
        "name": "Milk, 2% reduced fat, vitamin D added",
        "group": "dairy",
        "serving": "1 cup",
        "serving_grams": "244",
        "calcium_mg": 293,
        "vitamin_d_iu": 120,
        "source": "USDA-SR28",
        "source_detail": "NDB 01079",
    },
    {
        # docs/bone-facts.md §3.1, row 3
        "name": "Milk, whole 3.25%, vitamin D added",
        "group": "dairy",
        "serving": "1 cup",
        "serving_grams": "244",
        "calcium_mg": 276,
        "vitamin_d_iu": 124,
        "source": "USDA-SR28",
        "source_detail": "NDB 01077",
    },
    {
        # docs/bone-facts.md §3.1, row 4
        "name": "Buttermilk, cultured, low fat",
        "group": "dairy",
        "serving": "1 cup",
        "serving_grams": "245",
        "calcium_mg": 284,
        "vitamin_d_iu": 2,
        "source": "USDA-SR28",
        "source_detail": "NDB 01088",
    },
    {
        # docs/bone-facts.md §3.1, row 5
        "name": "Yogurt, plain, low fat",
        "group": "dairy",
        "serving": "8 oz container",
        "serving_grams": "227",
        "calcium_mg": 415,
        "vitamin_d_iu": 2,
        "source": "USDA-SR28",
        "source_detail": "NDB 01117",
    },
    {
        # docs/bone-facts.md §3.1, row 6
        "name": "Yogurt, plain, nonfat (skim)",
        "group": "dairy",
        "serving": "8 oz container",
        "serving_grams": "227",
        "calcium_mg": 452,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 01118",
    },
    {
        # docs/bone-facts.md §3.1, row 7
        "name": "Yogurt, fruit, low fat",
        "group": "dairy",
        "serving": "6 oz container",
        "serving_grams": "170",
        "calcium_mg": 258,
        "vitamin_d_iu": 2,
        "source": "USDA-SR28",
        "source_detail": "NDB 01121",
    },
    {
        # docs/bone-facts.md §3.1, row 8
        "name": "Greek yogurt, plain, nonfat",
        "group": "dairy",
        "serving": "6 oz container",
        "serving_grams": "170",
        "calcium_mg": 187,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 01256",
    },
    {
        # docs/bone-facts.md §3.1, row 9
        "name": "Cheddar cheese",
        "group": "dairy",
        "serving": "1.5 oz",
        "serving_grams": "42.5",
        "calcium_mg": 302,
        "vitamin_d_iu": 10,
        "source": "USDA-SR28",
        "source_detail": "NDB 01009",
    },
    {
        # docs/bone-facts.md §3.1, row 10
        "name": "Mozzarella, part skim",
        "group": "dairy",
        "serving": "1.5 oz",
        "serving_grams": "42.5",
        "calcium_mg": 332,
        "vitamin_d_iu": 5,
        "source": "USDA-SR28",
        "source_detail": "NDB 01028",
    },
    {
        # docs/bone-facts.md §3.1, row 11
        "name": "Swiss cheese",
        "group": "dairy",
        "serving": "1 oz slice",
        "serving_grams": "28",
        "calcium_mg": 249,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 01040",
    },
    {
        # docs/bone-facts.md §3.1, row 12
        "name": "Parmesan, grated",
        "group": "dairy",
        "serving": "1 tbsp",
        "serving_grams": "5",
        "calcium_mg": 43,
        "vitamin_d_iu": 1,
        "source": "USDA-SR28",
        "source_detail": "NDB 01032",
    },
    {
        # docs/bone-facts.md §3.1, row 13
        "name": "Cottage cheese, 1% milkfat",
        "group": "dairy",
        "serving": "1 cup, not packed",
        "serving_grams": "226",
        "calcium_mg": 138,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 01016",
    },
    {
        # docs/bone-facts.md §3.1, row 14
        "name": "Ricotta, part skim",
        "group": "dairy",
        "serving": "1/2 cup",
        "serving_grams": "124",
        "calcium_mg": 337,
        "vitamin_d_iu": 7,
        "source": "USDA-SR28",
        "source_detail": "NDB 01037",
    },
    {
        # docs/bone-facts.md §3.1, row 15
        "name": "American cheese (processed), vitamin D fortified",
        "group": "dairy",
        "serving": "1 slice, 1 oz",
        "serving_grams": "28",
        "calcium_mg": 293,
        "vitamin_d_iu": 84,
        "source": "USDA-SR28",
        "source_detail": "NDB 01042",
    },
    {
        # docs/bone-facts.md §3.1, row 16
        "name": "Soy milk, with added calcium and vitamins A and D",
        "group": "fortified",
        "serving": "1 cup",
        "serving_grams": "243",
        "calcium_mg": 299,
        "vitamin_d_iu": 104,
        "note": LABEL_WINS,
        "source": "USDA-SR28",
        "source_detail": "NDB 16139",
    },
    {
        # docs/bone-facts.md §3.1, row 17
        "name": "Almond milk, fortified, sweetened vanilla, ready-to-drink",
        "group": "fortified",
        "serving": "1 cup",
        "serving_grams": "240",
        "calcium_mg": 451,
        "vitamin_d_iu": 101,
        "note": LABEL_WINS,
        "source": "USDA-SR28",
        "source_detail": "NDB 14016",
    },
    {
        # docs/bone-facts.md §3.1, row 18
        "name": "Orange juice, fortified with calcium and vitamin D",
        "group": "fortified",
        "serving": "1 cup",
        "serving_grams": "249",
        "calcium_mg": 349,
        "vitamin_d_iu": 100,
        "note": LABEL_WINS,
        "source": "USDA-SR28",
        "source_detail": "NDB 09210",
    },
    {
        # docs/bone-facts.md §3.1, row 19
        "name": "Tofu, firm, prepared with calcium sulfate",
        "group": "soy",
        "serving": "1/2 cup",
        "serving_grams": "126",
        "calcium_mg": 861,
        "vitamin_d_iu": 0,
        "note": TOFU_VARIES,
        "source": "USDA-SR28",
        "source_detail": "NDB 16426",
    },
    {
        # docs/bone-facts.md §3.1, row 20
        "name": "Tofu, regular, prepared with calcium sulfate",
        "group": "soy",
        "serving": "1/2 cup",
        "serving_grams": "124",
        "calcium_mg": 434,
        "vitamin_d_iu": 0,
        "note": TOFU_VARIES,
        "source": "USDA-SR28",
        "source_detail": "NDB 16427",
    },
    {
        # docs/bone-facts.md §3.1, row 21
        "name": "Tofu, firm, calcium sulfate + magnesium chloride (nigari)",
        "group": "soy",
        "serving": "1/2 cup",
        "serving_grams": "126",
        "calcium_mg": 253,
        "vitamin_d_iu": 0,
        "note": TOFU_VARIES,
        "source": "USDA-SR28",
        "source_detail": "NDB 16126",
    },
    {
        # docs/bone-facts.md §3.1, row 22
        "name": "Edamame (green soybeans), frozen, prepared",
        "group": "soy",
        "serving": "1 cup",
        "serving_grams": "155",
        "calcium_mg": 98,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 11212",
    },
    {
        # docs/bone-facts.md §3.1, row 23
        "name": "Sardines, Atlantic, canned in oil, drained, with bones",
        "group": "fish",
        "serving": "3 oz",
        "serving_grams": "85",
        "calcium_mg": 325,
        "vitamin_d_iu": 164,
        "source": "USDA-SR28",
        "source_detail": "NDB 15088",
    },
    {
        # docs/bone-facts.md §3.1, row 24
        "name": "Sardines, Atlantic, canned in oil, drained, with bones",
        "group": "fish",
        "serving": "2 sardines",
        "serving_grams": "24",
        "calcium_mg": 92,
        "vitamin_d_iu": 46,
        "source": "USDA-SR28",
        "source_detail": "NDB 15088",
    },
    {
        # docs/bone-facts.md §3.1, row 25
        "name": "Salmon, pink, canned, drained solids with bones",
        "group": "fish",
        "serving": "3 oz",
        "serving_grams": "85",
        "calcium_mg": 241,
        "vitamin_d_iu": 493,
        "source": "USDA-SR28",
        "source_detail": "NDB 15260",
    },
    {
        # docs/bone-facts.md §3.1, row 26
        "name": "Salmon, sockeye, canned, drained solids",
        "group": "fish",
        "serving": "3 oz",
        "serving_grams": "85",
        "calcium_mg": 197,
        "vitamin_d_iu": 715,
        "source": "USDA-SR28",
        "source_detail": "NDB 15087",
    },
    {
        # docs/bone-facts.md §3.1, row 27
        "name": "Salmon, sockeye, cooked (dry heat)",
        "group": "fish",
        "serving": "3 oz",
        "serving_grams": "85",
        "calcium_mg": 9,
        "vitamin_d_iu": 570,
        "source": "USDA-SR28",
        "source_detail": "NDB 15086",
    },
    {
        # docs/bone-facts.md §3.1, row 28
        "name": "Salmon, Atlantic, farmed, cooked (dry heat)",
        "group": "fish",
        "serving": "3 oz",
        "serving_grams": "85",
        "calcium_mg": 13,
        "vitamin_d_iu": 447,
        "source": "USDA-SR28",
        "source_detail": "NDB 15237",
    },
    {
        # docs/bone-facts.md §3.1, row 29
        "name": "Trout, rainbow, farmed, cooked (dry heat)",
        "group": "fish",
        "serving": "3 oz",
        "serving_grams": "85",
        "calcium_mg": 26,
        "vitamin_d_iu": 645,
        "source": "USDA-SR28",
        "source_detail": "NDB 15241",
    },
    {
        # docs/bone-facts.md §3.1, row 30
        "name": "Mackerel, Pacific and jack, cooked (dry heat)",
        "group": "fish",
        "serving": "3 oz",
        "serving_grams": "85",
        "calcium_mg": 25,
        "vitamin_d_iu": 388,
        "source": "USDA-SR28",
        "source_detail": "NDB 15201",
    },
    {
        # docs/bone-facts.md §3.1, row 31
        "name": "Mackerel, jack, canned, drained",
        "group": "fish",
        "serving": "3 oz",
        "serving_grams": "85",
        "calcium_mg": 205,
        "vitamin_d_iu": 248,
        "source": "USDA-SR28",
        "source_detail": "NDB 15048",
    },
    {
        # docs/bone-facts.md §3.1, row 32
        "name": "Herring, Atlantic, cooked (dry heat)",
        "group": "fish",
        "serving": "3 oz",
        "serving_grams": "85",
        "calcium_mg": 63,
        "vitamin_d_iu": 182,
        "source": "USDA-SR28",
        "source_detail": "NDB 15040",
    },
    {
        # docs/bone-facts.md §3.1, row 33
        "name": "Tuna, light, canned in water, drained",
        "group": "fish",
        "serving": "3 oz",
        "serving_grams": "85",
        "calcium_mg": 14,
        "vitamin_d_iu": 40,
        "source": "USDA-SR28",
        "source_detail": "NDB 15121",
    },
    {
        # docs/bone-facts.md §3.1, row 34
        "name": "Tuna, light, canned in oil, drained",
        "group": "fish",
        "serving": "3 oz",
        "serving_grams": "85",
        "calcium_mg": 11,
        "vitamin_d_iu": 229,
        "source": "USDA-SR28",
        "source_detail": "NDB 15119",
    },
    {
        # docs/bone-facts.md §3.1, row 35
        "name": "Tuna, white (albacore), canned in water, drained",
        "group": "fish",
        "serving": "3 oz",
        "serving_grams": "85",
        "calcium_mg": 12,
        "vitamin_d_iu": 68,
        "source": "USDA-SR28",
        "source_detail": "NDB 15126",
    },
    {
        # docs/bone-facts.md §3.1, row 36
        "name": "Cod liver oil",
        "group": "fish",
        "serving": "1 tsp",
        "serving_grams": "4.5",
        "calcium_mg": 0,
        "vitamin_d_iu": 450,
        "source": "USDA-SR28",
        "source_detail": "NDB 04589",
    },
    {
        # docs/bone-facts.md §3.1, row 37
        "name": "Cod liver oil",
        "group": "fish",
        "serving": "1 tbsp",
        "serving_grams": "13.6",
        "calcium_mg": 0,
        "vitamin_d_iu": 1360,
        "source": "USDA-SR28",
        "source_detail": "NDB 04589",
    },
    {
        # docs/bone-facts.md §3.1, row 38
        "name": "Egg, whole, large, raw",
        "group": "eggs_meat",
        "serving": "1 large",
        "serving_grams": "50",
        "calcium_mg": 28,
        "vitamin_d_iu": 41,
        "source": "USDA-SR28",
        "source_detail": "NDB 01123",
    },
    {
        # docs/bone-facts.md §3.1, row 39
        "name": "Egg yolk, large, raw",
        "group": "eggs_meat",
        "serving": "1 yolk",
        "serving_grams": "17",
        "calcium_mg": 22,
        "vitamin_d_iu": 37,
        "source": "USDA-SR28",
        "source_detail": "NDB 01125",
    },
    {
        # docs/bone-facts.md §3.1, row 40
        "name": "Beef liver, braised",
        "group": "eggs_meat",
        "serving": "3 oz",
        "serving_grams": "85",
        "calcium_mg": 5,
        "vitamin_d_iu": 42,
        "source": "USDA-SR28",
        "source_detail": "NDB 13326",
    },
    {
        # docs/bone-facts.md §3.1, row 41
        "name": "Mushrooms, white, raw, UV-exposed",
        "group": "mushrooms",
        "serving": "1/2 cup pieces",
        "serving_grams": "35",
        "calcium_mg": 1,
        "vitamin_d_iu": 366,
        "source": "USDA-SR28",
        "source_detail": "NDB 11938",
    },
    {
        # docs/bone-facts.md §3.1, row 42
        "name": "Mushrooms, portabella, raw, UV-exposed",
        "group": "mushrooms",
        "serving": "1/2 cup diced",
        "serving_grams": "43",
        "calcium_mg": 1,
        "vitamin_d_iu": 488,
        "source": "USDA-SR28",
        "source_detail": "NDB 11998",
    },
    {
        # docs/bone-facts.md §3.1, row 43
        "name": "Mushrooms, white, raw (not UV-treated)",
        "group": "mushrooms",
        "serving": "1/2 cup pieces",
        "serving_grams": "35",
        "calcium_mg": 1,
        "vitamin_d_iu": 2,
        "source": "USDA-SR28",
        "source_detail": "NDB 11260",
    },
    {
        # docs/bone-facts.md §3.1, row 44
        "name": "Collard greens, cooked, boiled",
        "group": "vegetables",
        "serving": "1 cup chopped",
        "serving_grams": "190",
        "calcium_mg": 268,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 11162",
    },
    {
        # docs/bone-facts.md §3.1, row 45
        "name": "Collard greens, frozen, cooked",
        "group": "vegetables",
        "serving": "1 cup chopped",
        "serving_grams": "170",
        "calcium_mg": 357,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 11164",
    },
    {
        # docs/bone-facts.md §3.1, row 46
        "name": "Turnip greens, cooked, boiled",
        "group": "vegetables",
        "serving": "1 cup chopped",
        "serving_grams": "144",
        "calcium_mg": 197,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 11569",
    },
    {
        # docs/bone-facts.md §3.1, row 47
        "name": "Bok choy (pak-choi), cooked, boiled",
        "group": "vegetables",
        "serving": "1 cup shredded",
        "serving_grams": "170",
        "calcium_mg": 158,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 11117",
    },
    {
        # docs/bone-facts.md §3.1, row 48
        "name": "Mustard greens, cooked, boiled",
        "group": "vegetables",
        "serving": "1 cup chopped",
        "serving_grams": "140",
        "calcium_mg": 165,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 11271",
    },
    {
        # docs/bone-facts.md §3.1, row 49
        "name": "Kale, cooked, boiled",
        "group": "vegetables",
        "serving": "1 cup chopped",
        "serving_grams": "130",
        "calcium_mg": 94,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 11234",
    },
    {
        # docs/bone-facts.md §3.1, row 50
        "name": "Kale, raw",
        "group": "vegetables",
        "serving": "1 cup, loosely packed",
        "serving_grams": "16",
        "calcium_mg": 24,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 11233",
    },
    {
        # docs/bone-facts.md §3.1, row 51
        "name": "Spinach, cooked, boiled",
        "group": "vegetables",
        "serving": "1/2 cup",
        "serving_grams": "90",
        "calcium_mg": 122,
        "vitamin_d_iu": 0,
        "note": OXALATE,
        "low_absorption": True,
        "source": "USDA-SR28",
        "source_detail": "NDB 11458",
    },
    {
        # docs/bone-facts.md §3.1, row 52
        "name": "Spinach, raw",
        "group": "vegetables",
        "serving": "1 cup",
        "serving_grams": "30",
        "calcium_mg": 30,
        "vitamin_d_iu": 0,
        "note": OXALATE,
        "low_absorption": True,
        "source": "USDA-SR28",
        "source_detail": "NDB 11457",
    },
    {
        # docs/bone-facts.md §3.1, row 53
        "name": "Broccoli, cooked, boiled",
        "group": "vegetables",
        "serving": "1/2 cup chopped",
        "serving_grams": "78",
        "calcium_mg": 31,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 11091",
    },
    {
        # docs/bone-facts.md §3.1, row 54
        "name": "Broccoli, raw",
        "group": "vegetables",
        "serving": "1/2 cup chopped",
        "serving_grams": "44",
        "calcium_mg": 21,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 11090",
    },
    {
        # docs/bone-facts.md §3.1, row 55
        "name": "Okra, cooked, boiled",
        "group": "vegetables",
        "serving": "1/2 cup slices",
        "serving_grams": "80",
        "calcium_mg": 62,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 11279",
    },
    {
        # docs/bone-facts.md §3.1, row 56
        "name": "White beans, canned",
        "group": "legumes_nuts",
        "serving": "1 cup",
        "serving_grams": "262",
        "calcium_mg": 191,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 16051",
    },
    {
        # docs/bone-facts.md §3.1, row 57
        "name": "White beans, cooked, boiled",
        "group": "legumes_nuts",
        "serving": "1 cup",
        "serving_grams": "179",
        "calcium_mg": 161,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 16050",
    },
    {
        # docs/bone-facts.md §3.1, row 58
        "name": "Navy beans, cooked, boiled",
        "group": "legumes_nuts",
        "serving": "1 cup",
        "serving_grams": "182",
        "calcium_mg": 126,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 16038",
    },
    {
        # docs/bone-facts.md §3.1, row 59
        "name": "Almonds",
        "group": "legumes_nuts",
        "serving": "1 oz, about 23 kernels",
        "serving_grams": "28.35",
        "calcium_mg": 76,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 12061",
    },
    {
        # docs/bone-facts.md §3.1, row 60
        "name": "Almond butter, plain",
        "group": "legumes_nuts",
        "serving": "1 tbsp",
        "serving_grams": "16",
        "calcium_mg": 56,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 12195",
    },
    {
        # docs/bone-facts.md §3.1, row 61
        "name": "Chia seeds, dried",
        "group": "legumes_nuts",
        "serving": "1 oz",
        "serving_grams": "28.35",
        "calcium_mg": 179,
        "vitamin_d_iu": 0,
        "note": "The nutrient database has no vitamin D value for chia seeds, so it counts as 0.",
        "source": "USDA-SR28",
        "source_detail": "NDB 12006",
    },
    {
        # docs/bone-facts.md §3.1, row 62
        "name": "Tahini (sesame butter), roasted kernels",
        "group": "legumes_nuts",
        "serving": "1 tbsp",
        "serving_grams": "15",
        "calcium_mg": 64,
        "vitamin_d_iu": 0,
        "note": "Another government table lists much more calcium for tahini; your label wins.",
        "source": "USDA-SR28",
        "source_detail": "NDB 12166",
    },
    {
        # docs/bone-facts.md §3.1, row 63
        "name": "Figs, dried",
        "group": "fruit_other",
        "serving": "5 figs",
        "serving_grams": "42",
        "calcium_mg": 68,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 09094",
    },
    {
        # docs/bone-facts.md §3.1, row 64
        "name": "Orange, raw",
        "group": "fruit_other",
        "serving": "1 large",
        "serving_grams": "184",
        "calcium_mg": 74,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 09200",
    },
    {
        # docs/bone-facts.md §3.1, row 65
        "name": "Bread, whole-wheat, commercial",
        "group": "grains",
        "serving": "1 slice",
        "serving_grams": "32",
        "calcium_mg": 52,
        "vitamin_d_iu": 0,
        "source": "USDA-SR28",
        "source_detail": "NDB 18075",
    },
    {
        # docs/bone-facts.md §3.1, row 66
        "name": "Ready-to-eat breakfast cereal fortified with 10% DV calcium and 10% DV vitamin D",
        "group": "fortified",
        "serving": "1 serving (per label)",
        "serving_grams": None,
        "calcium_mg": 130,
        "vitamin_d_iu": 80,
        "note": "Real cereals range from about 100 to 1,000 mg of calcium a serving: use your label.",
        "source": "ODS-Ca",
        "source_detail": "calcium table (130 mg); ODS-D table gives 80 IU",
    },
]

# Drinks: their serving is a US volume measure, so they may also be logged in
# millilitres (tracker/domain/measures.py says how a cup becomes 236.6 ml).
DRINKS = {
    "Milk, nonfat (skim), vitamin D added",
    "Milk, 2% reduced fat, vitamin D added",
    "Milk, whole 3.25%, vitamin D added",
    "Buttermilk, cultured, low fat",
    "Soy milk, with added calcium and vitamins A and D",
    "Almond milk, fortified, sweetened vanilla, ready-to-drink",
    "Orange juice, fortified with calcium and vitamin D",
    "Cod liver oil",
}

# Other names people search for, one food at a time (the search's general
# rules, such as yoghurt for yogurt, live in tracker/domain/food_search.py).
# Only names that mean the same food: no brand, and nothing merely similar.
FOOD_ALIASES = {
    "Yogurt, plain, low fat": "natural yoghurt, curd, dahi",
    "Yogurt, plain, nonfat (skim)": "natural yoghurt",
    "Yogurt, fruit, low fat": "fruit yoghurt",
    "Greek yogurt, plain, nonfat": "greek-style yoghurt, strained yogurt",
    "Parmesan, grated": "parmigiano reggiano",
    "Cottage cheese, 1% milkfat": "curd cheese, curds",
    "American cheese (processed), vitamin D fortified": "processed cheese, cheese slice",
    "Soy milk, with added calcium and vitamins A and D": "soya milk, soy drink, "
    "soya drink, soymilk",
    "Almond milk, fortified, sweetened vanilla, ready-to-drink": "almond drink",
    "Orange juice, fortified with calcium and vitamin D": "fortified juice, oj",
    "Tofu, firm, prepared with calcium sulfate": "bean curd",
    "White beans, canned": "cannellini beans",
    "White beans, cooked, boiled": "cannellini beans",
    "Tofu, regular, prepared with calcium sulfate": "bean curd",
    "Tofu, firm, calcium sulfate + magnesium chloride (nigari)": "bean curd",
    "Edamame (green soybeans), frozen, prepared": "soya beans, soybeans",
    "Sardines, Atlantic, canned in oil, drained, with bones": "pilchards, "
    "tinned sardines",
    "Salmon, pink, canned, drained solids with bones": "tinned salmon",
    "Salmon, sockeye, canned, drained solids": "tinned salmon, red salmon",
    "Salmon, sockeye, cooked (dry heat)": "red salmon",
    "Tuna, light, canned in water, drained": "tinned tuna",
    "Tuna, light, canned in oil, drained": "tinned tuna",
    "Tuna, white (albacore), canned in water, drained": "tinned tuna",
    "Beef liver, braised": "ox liver",
    "Egg, whole, large, raw": "hen's egg",
    "Turnip greens, cooked, boiled": "turnip tops",
    "Collard greens, cooked, boiled": "collards",
    "Collard greens, frozen, cooked": "collards",
    "Kale, cooked, boiled": "curly kale, borecole",
    "Kale, raw": "curly kale, borecole",
    "Broccoli, cooked, boiled": "calabrese",
    "Broccoli, raw": "calabrese",
    "Okra, cooked, boiled": "ladies' fingers, bhindi",
    "Navy beans, cooked, boiled": "haricot beans",
    "Tahini (sesame butter), roasted kernels": "sesame paste, tahina",
    "Bread, whole-wheat, commercial": "wholemeal bread, brown bread",
    "Ready-to-eat breakfast cereal fortified with 10% DV calcium and 10% DV "
    "vitamin D": "fortified cereal, breakfast cereal",
}

for _row in FOODS:
    _row["aliases"] = FOOD_ALIASES.get(_row["name"], "")
    _row["serving_ml"] = (
        str(volume_ml(_row["serving"])) if _row["name"] in DRINKS else None
    )


# §3.2: label-based presets. Calcium is elemental calcium, not the compound weight.
SUPPLEMENTS = [
    {
        "name": "Calcium carbonate, 500 mg calcium",
        "dose": "1 tablet",
        "calcium_mg": 500,
        "vitamin_d_iu": 0,
        "note": "Contains 1,250 mg calcium carbonate, which is 40% calcium. Take with food.",
        "source": "ODS-Ca",
        "source_detail": "Calcium supplements: carbonate is 40% elemental calcium",
    },
    {
        "name": "Calcium carbonate, 600 mg calcium",
        "dose": "1 tablet",
        "calcium_mg": 600,
        "vitamin_d_iu": 0,
        "note": (
            "Contains 1,500 mg calcium carbonate. More than 500 mg at once is absorbed "
            "less well. Take with food."
        ),
        "source": "ODS-Ca",
        "source_detail": "Calcium supplements: carbonate is 40% elemental calcium",
    },
    {
        "name": "Chewable antacid, 500 mg calcium carbonate",
        "dose": "1 tablet",
        "calcium_mg": 200,
        "vitamin_d_iu": 0,
        "note": "500 mg of calcium carbonate gives 200 mg of calcium.",
        "source": "ODS-Ca",
        "source_detail": "Calcium supplements: carbonate is 40% elemental calcium",
    },
    {
        "name": "Calcium citrate, 1,500 mg",
        "dose": "2 tablets",
        "calcium_mg": 315,
        "vitamin_d_iu": 0,
        "note": "Citrate is 21% calcium and is absorbed with or without food.",
        "source": "ODS-Ca",
        "source_detail": "Calcium supplements: citrate is 21% elemental calcium",
    },
    {
        "name": "Calcium 600 mg with vitamin D 800 IU",
        "dose": "1 tablet",
        "calcium_mg": 600,
        "vitamin_d_iu": 800,
        "note": "A common combination tablet. Check your own label.",
        "source": "ODS-Ca",
        "source_detail": "Calcium supplements; typical combination label",
    },
    *[
        {
            "name": f"Vitamin D3, {label} IU",
            "dose": "1 softgel",
            "calcium_mg": 0,
            "vitamin_d_iu": iu,
            "source": "AAFP-2009",
            "source_detail": "Table of over-the-counter vitamin D strengths",
        }
        for label, iu in [("400", 400), ("800", 800), ("1,000", 1000), ("2,000", 2000)]
    ],
    {
        "name": "Cod liver oil",
        "dose": "1 teaspoon",
        "calcium_mg": 0,
        "vitamin_d_iu": 450,
        "note": "Brands vary; check your label.",
        "source": "USDA-SR28",
        "source_detail": "NDB 04589",
    },
]
