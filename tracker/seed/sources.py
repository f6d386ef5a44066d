# The key sources of docs/bone-facts.md §0, with their canonical addresses.
# "short_name" is what pages show first (who published it and when, from the
# §0 table's full source); the full title is one tap away.
SOURCES = [
    {
        "key": "ODS-Ca",
        "short_name": "NIH Office of Dietary Supplements (calcium)",
        "title": "NIH Office of Dietary Supplements: Calcium fact sheet for health professionals",
        "url": "https://ods.od.nih.gov/factsheets/Calcium-HealthProfessional/",
    },
    {
        "key": "ODS-D",
        "short_name": "NIH Office of Dietary Supplements (vitamin D)",
        "title": "NIH Office of Dietary Supplements: Vitamin D fact sheet for health professionals",
        "url": "https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/",
    },
    {
        "key": "IOM-2011",
        "short_name": "Institute of Medicine, 2011",
        "title": "Institute of Medicine: Dietary Reference Intakes for Calcium and Vitamin D (2011)",
        "url": "https://nap.nationalacademies.org/catalog/13050",
    },
    {
        "key": "USDA-SR28",
        "short_name": "USDA food database (SR28)",
        "title": "USDA National Nutrient Database for Standard Reference, Release 28 (SR Legacy)",
        "url": "https://fdc.nal.usda.gov/",
    },
    {
        "key": "DGA",
        "short_name": "Dietary Guidelines for Americans 2020–2025",
        "title": "Dietary Guidelines for Americans 2020–2025: Food sources of calcium",
        "url": "https://www.dietaryguidelines.gov/food-sources-calcium",
    },
    {
        "key": "BHOF",
        "short_name": "Bone Health & Osteoporosis Foundation",
        "title": "Bone Health & Osteoporosis Foundation: patient guidance",
        "url": "https://www.bonehealthandosteoporosis.org/",
    },
    {
        "key": "BHOF-CG",
        "short_name": "Bone Health & Osteoporosis Foundation, 2022",
        "title": "LeBoff et al., The clinician's guide to prevention and treatment of "
        "osteoporosis, Osteoporosis International 2022",
        "url": "https://doi.org/10.1007/s00198-021-05900-y",
    },
    {
        "key": "TFTF-2014",
        "short_name": "Osteoporosis Canada, 2014",
        "title": "Giangregorio et al., Too Fit To Fracture: exercise recommendations for "
        "people with osteoporosis, Osteoporosis International 2014",
        "url": "https://doi.org/10.1007/s00198-013-2523-2",
    },
    {
        "key": "TFTF-2015",
        "short_name": "Osteoporosis Canada, 2015",
        "title": "Giangregorio et al., Too Fit To Fracture: outcomes of a Delphi consensus "
        "process, Osteoporosis International 2015",
        "url": "https://doi.org/10.1007/s00198-014-2881-4",
    },
    {
        "key": "OC-ex",
        "short_name": "Osteoporosis Canada",
        "title": "Osteoporosis Canada: Exercises for healthy bones",
        "url": "https://osteoporosis.ca/bone-health-osteoporosis/exercises-for-healthy-bones/",
    },
    {
        "key": "OC-2023",
        "short_name": "Osteoporosis Canada, 2023",
        "title": "Osteoporosis Canada 2023 clinical practice guideline: exercise "
        "(Too Fit To Fracture)",
        "url": "https://osteoporosis.ca/too-fit-to-fracture",
    },
    {
        "key": "ROS-SSS",
        "short_name": "Royal Osteoporosis Society, 2022",
        "title": "Brooke-Wavell et al., Strong, Steady and Straight: UK consensus statement "
        "on physical activity and exercise for osteoporosis, BJSM 2022",
        "url": "https://doi.org/10.1136/bjsports-2021-104634",
    },
    {
        "key": "STEADI-CfS",
        "short_name": "CDC, Check for Safety",
        "title": "CDC STEADI: Check for Safety, a home fall prevention checklist for older adults",
        "url": "https://www.cdc.gov/steadi/patient.html",
    },
    {
        "key": "STEADI-SI",
        "short_name": "CDC, Stay Independent",
        "title": "CDC STEADI: Stay Independent brochure (fall-risk self-check)",
        "url": "https://www.cdc.gov/steadi/patient.html",
    },
    {
        "key": "Labels",
        "short_name": "US FDA drug labels",
        "title": "US FDA prescribing information (drug labels), on DailyMed",
        "url": "https://dailymed.nlm.nih.gov/",
    },
    {
        "key": "Deno-stop",
        "short_name": "Journal of Clinical Medicine, 2021",
        "title": "Anastasilakis et al., Denosumab discontinuation and the ECTS position "
        "statement, Journal of Clinical Medicine 2021",
        "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC7796169/",
    },
    {
        "key": "AAFP-2009",
        "short_name": "American Family Physician, 2009",
        "title": "American Family Physician 2009;80(8):841, vitamin D supplement strengths",
        "url": "https://www.aafp.org/pubs/afp/issues/2009/1015/p841.html",
    },
    # docs/bone-facts.md §8: bone density, height loss, fractures and FRAX.
    {
        "key": "ABH-DXA",
        "short_name": "American Bone Health",
        "title": "American Bone Health: Follow-up bone density tests",
        "url": "https://americanbonehealth.org/about-bone-density/"
        "follow-up-bone-density-tests/",
    },
    {
        "key": "OsteoEd",
        "short_name": "OsteoEd",
        "title": "OsteoEd: frequently asked questions about bone density testing",
        "url": "https://osteoed.org/faqs.php?faqID=3",
    },
    {
        "key": "WHO-1994",
        "short_name": "World Health Organization, 1994",
        "title": "World Health Organization Technical Report Series 843 (1994), "
        "as summarised in PMC6279907",
        "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC6279907/",
    },
    {
        "key": "ISCD",
        "short_name": "International Society for Clinical Densitometry",
        "title": "International Society for Clinical Densitometry: Adult Official "
        "Positions (2019 and 2023)",
        "url": "https://iscd.org/",
    },
    {
        "key": "FRAX",
        "short_name": "FRAX, University of Sheffield",
        "title": "FRAX fracture risk assessment tool, University of Sheffield",
        "url": "https://frax.shef.ac.uk/FRAX/",
    },
]
