"""The medicine library, from docs/bone-facts.md §7, in our own words.

Facts that §7 marks UNVERIFIED carry an ``*_unverified`` flag, and the pages show
them with "check this with your pharmacist". Nothing here is a dose to take: the
app only reminds people of their own prescription.
"""

BISPHOSPHONATE_TABLET = (
    "Take it first thing after waking, on an empty stomach, with a full glass "
    "(180 to 240 mL) of plain water: not coffee, juice, milk or mineral water. "
    "Swallow it whole. Then stay sitting or standing for at least {minutes} minutes, "
    "and until after your first food. Wait at least {minutes} minutes before "
    "eating, drinking anything else, or taking calcium, antacids, iron or any other "
    "medicine."
)
PTH_COURSE_NOTE = (
    "A course is usually at most 2 years in a lifetime, counting teriparatide and "
    "abaloparatide together. A medicine that slows bone loss usually follows. "
    "Your clinician decides when to stop and what comes next."
)
FOLLOWED_BY_ANTIRESORPTIVE = (
    "When the course ends, another medicine that slows bone loss usually follows: "
    "ask your clinician about the plan before the last dose."
)

MEDICINES = [
    {
        "name": "Alendronate",
        "slug": "alendronate",
        "brand_names": "Fosamax, Binosto",
        "drug_class": "bisphosphonate",
        "action": "slows_loss",
        "route": "tablet",
        "schedules": ["weekly", "daily"],
        "how_to_take": BISPHOSPHONATE_TABLET.format(minutes=30),
        "wait_minutes": 30,
        "stopping_note": (
            "It is often reviewed after about 5 years, sometimes with a break from "
            "treatment. That is your clinician's decision."
        ),
        "stopping_unverified": True,
        "order": 1,
        "source": "Labels",
        "source_detail": "alendronate (Fosamax) label, as quoted in patient leaflets",
    },
    {
        "name": "Risedronate",
        "slug": "risedronate",
        "brand_names": "Actonel",
        "drug_class": "bisphosphonate",
        "action": "slows_loss",
        "route": "tablet",
        "schedules": ["weekly", "monthly", "daily"],
        "how_to_take": BISPHOSPHONATE_TABLET.format(minutes=30)
        + " Atelvia, a slow-release form, is taken differently (straight after "
        "breakfast): if your label says Atelvia, add it as a medicine that is not "
        "in the list.",
        "how_to_take_unverified": True,
        "wait_minutes": 30,
        "order": 2,
        "source": "Labels",
        "source_detail": "risedronate (Actonel) label; not yet checked here",
    },
    {
        "name": "Ibandronate (monthly tablet)",
        "slug": "ibandronate-tablet",
        "brand_names": "Boniva",
        "drug_class": "bisphosphonate",
        "action": "slows_loss",
        "route": "tablet",
        "schedules": ["monthly"],
        "how_to_take": (
            "Take it on the same date each month, first thing after waking, on an "
            "empty stomach, with a full glass (180 to 240 mL) of plain water. Then "
            "stay sitting or standing, and have nothing else to eat or drink and no "
            "other medicine, calcium included, for at least 60 minutes: longer than "
            "for the other tablets."
        ),
        "how_to_take_unverified": True,
        "wait_minutes": 60,
        "order": 3,
        "source": "Labels",
        "source_detail": "ibandronate (Boniva) label; not yet checked here",
    },
    {
        "name": "Ibandronate (injection every 3 months)",
        "slug": "ibandronate-injection",
        "brand_names": "Boniva",
        "drug_class": "bisphosphonate",
        "action": "slows_loss",
        "route": "clinic_injection",
        "schedules": ["every_3_months"],
        "how_to_take": (
            "An injection into a vein, given by a health professional every 3 months."
        ),
        "how_to_take_unverified": True,
        "order": 4,
        "source": "Labels",
        "source_detail": "ibandronate (Boniva) label; not yet checked here",
    },
    {
        "name": "Zoledronic acid",
        "slug": "zoledronic-acid",
        "brand_names": "Reclast",
        "drug_class": "bisphosphonate",
        "action": "slows_loss",
        "route": "infusion",
        "schedules": ["yearly", "every_2_years"],
        "how_to_take": (
            "A drip into a vein at a clinic, over at least 15 minutes: once a year "
            "for treatment, or once every 2 years to prevent bone loss. Drink at "
            "least two glasses of fluid, such as water, beforehand. Flu-like "
            "symptoms in the first few days after are common."
        ),
        "how_to_take_unverified": True,
        "order": 5,
        "source": "Labels",
        "source_detail": "zoledronic acid (Reclast) label; not yet checked here",
    },
    {
        "name": "Denosumab",
        "slug": "denosumab",
        "brand_names": "Prolia",
        "drug_class": "rankl_antibody",
        "action": "slows_loss",
        "route": "clinic_injection",
        "schedules": ["every_6_months"],
        "how_to_take": (
            "An injection under the skin, given by a health professional every 6 "
            "months. The label asks for calcium and vitamin D every day during "
            "treatment: ask your prescriber how much is right for you."
        ),
        "missed_dose_note": (
            "If an injection is late, it is given as soon as possible, and the next "
            "ones every 6 months from that date."
        ),
        "stopping_note": (
            "Do not stop or put off denosumab without a plan. When it stops, or an "
            "injection is very late, bone loss can come back quickly, and several "
            "bones of the spine can break. Another medicine, usually a "
            "bisphosphonate, is needed to follow it: a European expert group (the "
            "ECTS) advises starting it about 6 months after the last injection."
        ),
        "stopping_source": "Deno-stop",
        "needs_follow_on": True,
        "book_days_before_due": 28,
        "urgent_days_after_due": 28,
        "stages_note": (
            "An injection is given every 6 months. Guidance commonly says the "
            "next one should come no more than about 7 months after the last, that "
            "is at most about 4 weeks late, and a large study found more spine "
            "fractures when injections came more than 16 weeks late. So this app "
            "says to book 4 weeks before the due date, and calls a dose urgent from "
            "4 weeks late."
        ),
        "stages_unverified": True,
        "order": 6,
        "source": "Labels",
        "source_detail": "denosumab (Prolia) label, as quoted in drug summaries",
    },
    {
        "name": "Raloxifene",
        "slug": "raloxifene",
        "brand_names": "Evista",
        "drug_class": "serm",
        "action": "slows_loss",
        "route": "tablet",
        "schedules": ["daily"],
        "how_to_take": (
            "One tablet a day, at any time of day, with or without food. Because it "
            "raises the risk of blood clots, it is usually stopped about 3 days "
            "before, and during, a long time of being unable to move about (after "
            "an operation, say): ask your prescriber."
        ),
        "how_to_take_unverified": True,
        "order": 7,
        "source": "Labels",
        "source_detail": "raloxifene (Evista) label; not yet checked here",
    },
    {
        "name": "Teriparatide",
        "slug": "teriparatide",
        "brand_names": "Forteo, Bonsity and biosimilars",
        "drug_class": "pth_analogue",
        "action": "builds",
        "route": "self_injection",
        "schedules": ["daily"],
        "how_to_take": (
            "An injection under the skin of the thigh or tummy, once a day, which "
            "you give yourself. Give the first few where you can sit or lie down, "
            "in case you feel dizzy. Keep the pen in the fridge; each pen lasts 28 "
            "days."
        ),
        "how_to_take_unverified": True,
        "course_group": "pth-analogue",
        "course_limit_doses": 730,
        "course_warning_doses": 90,
        "course_note": PTH_COURSE_NOTE,
        "course_unverified": True,
        "stopping_note": FOLLOWED_BY_ANTIRESORPTIVE,
        "order": 8,
        "source": "Labels",
        "source_detail": "teriparatide (Forteo) label; the 2-year limit as quoted in "
        "drug guides",
    },
    {
        "name": "Abaloparatide",
        "slug": "abaloparatide",
        "brand_names": "Tymlos",
        "drug_class": "pth_analogue",
        "action": "builds",
        "route": "self_injection",
        "schedules": ["daily"],
        "how_to_take": (
            "An injection under the skin of the lower tummy, once a day, which you "
            "give yourself. Keep a new pen in the fridge; once started, it can stay "
            "at room temperature for up to 30 days."
        ),
        "how_to_take_unverified": True,
        "course_group": "pth-analogue",
        "course_limit_doses": 730,
        "course_warning_doses": 90,
        "course_note": PTH_COURSE_NOTE,
        "stopping_note": FOLLOWED_BY_ANTIRESORPTIVE,
        "order": 9,
        "source": "Labels",
        "source_detail": "abaloparatide (Tymlos) label; the 2-year limit as quoted in "
        "drug guides",
    },
    {
        "name": "Romosozumab",
        "slug": "romosozumab",
        "brand_names": "Evenity",
        "drug_class": "sclerostin_antibody",
        "action": "builds",
        "route": "clinic_injection",
        "schedules": ["monthly"],
        "how_to_take": (
            "Two injections under the skin, one straight after the other, given by "
            "a health professional once a month. It is not started within a year "
            "of a heart attack or a stroke."
        ),
        "course_group": "romosozumab",
        "course_limit_doses": 12,
        "course_warning_doses": 3,
        "course_note": (
            "At most 12 monthly doses. Then a medicine that slows bone loss usually "
            "follows."
        ),
        "stopping_note": FOLLOWED_BY_ANTIRESORPTIVE,
        "order": 10,
        "source": "Labels",
        "source_detail": "romosozumab (Evenity) label, limit of 12 monthly doses",
    },
]
