"""The bone record's cited defaults, from docs/bone-facts.md §8 (sources in §0
and in that section's rows)."""

SETTINGS = {
    "id": 1,
    # "LSCs are typically ~3–5%": with no facility LSC, the app takes the top
    # of that range, so that a change it calls real very likely is.
    "lsc_spine_percent": "5.0",
    "lsc_total_hip_percent": "5.0",
    "lsc_femoral_neck_percent": "5.0",
    "lsc_radius_percent": "5.0",
    "lsc_source": "ABH-DXA",
    "lsc_source_detail": (
        "least significant changes are typically about 3 to 5 %; the app assumes "
        "5 %, the top of that range, when your report gives none"
    ),
    "historical_height_loss_cm": "4.0",
    "historical_source": "BHOF-CG",
    "historical_source_detail": (
        "historical height loss of 4 cm (1.5 in) or more; as quoted in clinical "
        "summaries, not yet checked against the paper"
    ),
    "measured_height_loss_cm": "2.0",
    "measured_source": "BHOF-CG",
    "measured_source_detail": (
        "measured height loss of 2 cm (0.8 in) or more; as quoted in clinical "
        "summaries, not yet checked against the paper"
    ),
    "scan_after_change_months": 12,
    "scan_after_change_source": "BHOF-CG",
    "scan_after_change_source_detail": (
        "1 to 2 years after starting or changing treatment; the app gives the "
        "start of that window (OsteoEd also says 1 year at the earliest)"
    ),
    "scan_stable_months": 24,
    "scan_stable_source": "ABH-DXA",
    "scan_stable_source_detail": "follow-up tests usually 2 years or more apart",
    "categories_source": "WHO-1994",
    "categories_source_detail": (
        "normal: T-score −1.0 or higher; low bone mass: between −1.0 and −2.5; "
        "osteoporosis range: −2.5 or lower"
    ),
    "z_score_source": "ISCD",
    "z_score_source_detail": (
        "T-scores for women after menopause and men from 50; the Z-score for "
        "anyone younger, where −2.0 or lower is below the expected range for age"
    ),
    "fragility_source": "BHOF",
    "fragility_source_detail": (
        "a fracture from a fall from standing height or less; one after 50 is a "
        "strong risk factor for another"
    ),
    "frax_source": "FRAX",
    "frax_source_detail": "the official calculator; its equations are not public",
}

# The settings' source fields, each naming a Source key above.
SOURCE_FIELDS = [
    "lsc_source",
    "historical_source",
    "measured_source",
    "scan_after_change_source",
    "scan_stable_source",
    "categories_source",
    "z_score_source",
    "fragility_source",
    "frax_source",
]
