"""Exercise seed data from docs/bone-facts.md §4.1–§4.5 (sources in §0)."""

# Impact levels follow ExerciseType.Impact, the Royal Osteoporosis Society ladder
# (bone-facts.md §4.2): 0 none, 1 lower, 2 moderate, 3 higher.

SPINE_FRACTURE_CAUTION = (
    "After a spine fracture, the guidance suggests gentler, lower-impact choices "
    "instead. See a physiotherapist before you start."
)

EXERCISE_CATEGORIES = [
    {
        "code": "weight_bearing",
        "name": "Weight-bearing and impact",
        "description": (
            "Activity on your feet, so your bones carry your weight, such as brisk "
            "walking or dancing. Aim for at least 150 minutes a week, in spells of "
            "10 minutes or more. After a spine fracture, keep the effort moderate "
            "rather than vigorous."
        ),
        "order": 1,
        "source": "OC-ex",
        "source_detail": "patient exercise table, weight-bearing aerobic row",
    },
    {
        "code": "resistance",
        "name": "Resistance and strength",
        "description": (
            "Working your muscles against a weight, a band or your own body, with one "
            "move for each main area: legs, arms, chest, shoulders and back. Aim for "
            "at least 2 days a week. A load you can move 8 to 12 times is about right."
        ),
        "order": 2,
        "source": "OC-ex",
        "source_detail": "patient exercise table, strength row",
    },
    {
        "code": "balance",
        "name": "Balance",
        "description": (
            "Moves that test your steadiness, such as tai chi, dancing or standing on "
            "one foot. Try to do some every day, about 15 to 20 minutes, or 120 "
            "minutes across the week."
        ),
        "order": 3,
        "source": "OC-ex",
        "source_detail": "patient exercise table, balance row",
    },
    {
        "code": "posture",
        "name": "Posture",
        "description": (
            "Gentle moves that help you sit and stand tall, like tucking your chin "
            "and lifting your chest. Practise them every day."
        ),
        "order": 4,
        "source": "OC-ex",
        "source_detail": "patient exercise table, posture row",
    },
]

EXERCISE_TYPES = [
    # Weight-bearing: lower impact on the ROS ladder.
    {
        "name": "Brisk walking",
        "slug": "brisk-walking",
        "categories": ["weight_bearing"],
        "impact": 1,
        "description": (
            "Walking at a pace that makes you breathe a little harder but still lets "
            "you talk. It is one of the easiest ways to load your bones."
        ),
        "how_to": (
            "Wear supportive shoes and pick an even path. Start at a comfortable "
            "pace and speed up as you warm up."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "ROS-SSS",
        "source_detail": "impact ladder, lower impact",
    },
    {
        "name": "Walking",
        "slug": "walking",
        "categories": ["weight_bearing"],
        "impact": 1,
        "description": (
            "An everyday walk at your own pace. It keeps you on your feet and moving."
        ),
        "how_to": (
            "Choose well-lit, even ground and shoes with good grip. Build up the time "
            "little by little."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "ROS-SSS",
        "source_detail": "impact ladder, lower impact",
    },
    {
        "name": "Marching",
        "slug": "marching",
        "categories": ["weight_bearing"],
        "impact": 1,
        "description": (
            "Lifting your knees in turn, on the spot or as you walk. It is easy to do "
            "indoors in any weather."
        ),
        "how_to": (
            "Stand tall near a counter or sturdy chair you can hold. Lift each knee "
            "in turn and set each foot down firmly."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "ROS-SSS",
        "source_detail": "impact ladder, lower impact",
    },
    {
        # BHOF (§4.3) calls stair climbing high-impact; the ROS ladder places it
        # lower, and the ladder is the scale used here.
        "name": "Stair climbing",
        "slug": "stair-climbing",
        "categories": ["weight_bearing"],
        "impact": 1,
        "description": (
            "Walking up and down stairs. It loads your legs and hips and builds "
            "strength too."
        ),
        "how_to": (
            "Hold the handrail and take one step at a time. Use stairs that are "
            "well lit and free of clutter."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "ROS-SSS",
        "source_detail": "impact ladder, lower impact",
    },
    {
        # The ladder has gentle heel drops as lower and vigorous ones as moderate;
        # this entry is the gentle form.
        "name": "Heel drops",
        "slug": "heel-drops",
        "categories": ["weight_bearing"],
        "impact": 1,
        "description": (
            "Rising onto your toes and then letting your heels drop to the floor. "
            "It sends a small jolt up through your legs and hips."
        ),
        "how_to": (
            "Hold a counter for balance. Rise up onto your toes, then let your heels "
            "come down with a gentle thud."
        ),
        "cautions": (
            "Done hard, heel drops count as moderate impact. After a spine fracture, "
            "keep them gentle."
        ),
        "lower_impact_alternative": None,
        "source": "ROS-SSS",
        "source_detail": "impact ladder, gentle heel drops (lower impact)",
    },
    {
        # Same split as heel drops: gentle stamping is lower, vigorous is moderate.
        "name": "Stamping",
        "slug": "stamping",
        "categories": ["weight_bearing"],
        "impact": 1,
        "description": (
            "Bringing your foot down firmly on the floor, one side at a time. It "
            "gives the hip a quick load."
        ),
        "how_to": (
            "Hold a counter or sturdy chair. Lift one foot a little and bring it down "
            "firmly, then switch sides."
        ),
        "cautions": (
            "Done hard, stamping counts as moderate impact. After a spine fracture, "
            "keep it gentle."
        ),
        "lower_impact_alternative": None,
        "source": "ROS-SSS",
        "source_detail": "impact ladder, gentle stamping (lower impact)",
    },
    {
        # Not on the ROS ladder. Hiking is walking on rougher ground, so it sits with
        # walking at lower impact, although BHOF (§4.3) calls it high-impact.
        "name": "Hiking",
        "slug": "hiking",
        "categories": ["weight_bearing"],
        "impact": 1,
        "description": (
            "Walking on trails or hills. Slopes and uneven ground give your legs and "
            "hips extra work."
        ),
        "how_to": (
            "Pick trails that match your fitness and wear boots with good grip. A "
            "walking pole can help you feel steady."
        ),
        "cautions": (
            "Uneven ground raises the chance of a trip. Choose well-kept paths if "
            "your balance is not sure."
        ),
        "lower_impact_alternative": None,
        "source": "BHOF",
        "source_detail": "exercise guidance, weight-bearing exercise",
    },
    {
        # Not on the ROS ladder (only Highland dancing is, as moderate). Most social
        # dancing is closer to walking, so it is placed at lower impact.
        "name": "Dancing",
        "slug": "dancing",
        "categories": ["weight_bearing", "balance"],
        "impact": 1,
        "description": (
            "Moving to music, alone or with a partner. It keeps you on your feet and "
            "trains your balance at the same time."
        ),
        "how_to": (
            "Start with slower dances and a clear floor. Wear shoes that grip but "
            "still let you turn."
        ),
        "cautions": (
            "Lively styles with jumps count as moderate impact. After a spine "
            "fracture, stick to gentle steps and avoid deep dips or spins."
        ),
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, balance and weight-bearing rows",
    },
    {
        # Not on the ROS ladder. BHOF (§4.3) names low-impact aerobics, so this entry
        # is a low-impact class at lower impact.
        "name": "Aerobics class",
        "slug": "aerobics-class",
        "categories": ["weight_bearing"],
        "impact": 1,
        "description": (
            "A group class of steady moves to music. It raises your heart rate while "
            "you stay on your feet."
        ),
        "how_to": (
            "Choose a low-impact class and tell the instructor about your bones. "
            "Follow the easier version of any move."
        ),
        "cautions": (
            "Skip sit-ups, crunches and toe touches. Classes with lots of jumping "
            "carry more impact; after a spine fracture, choose a low-impact class."
        ),
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, weight-bearing aerobic row",
    },
    # Weight-bearing: moderate impact on the ROS ladder.
    {
        "name": "Jogging or running",
        "slug": "jogging-or-running",
        "categories": ["weight_bearing"],
        "impact": 2,
        "description": (
            "Running at an easy or faster pace. Each stride gives your legs and hips "
            "a moderate jolt."
        ),
        "how_to": (
            "Start with short spells of jogging mixed with walking. Run on even "
            "ground in cushioned shoes."
        ),
        "cautions": SPINE_FRACTURE_CAUTION,
        "lower_impact_alternative": "Brisk walking",
        "source": "ROS-SSS",
        "source_detail": "impact ladder, moderate impact",
    },
    {
        "name": "Tennis or pickleball",
        "slug": "tennis-or-pickleball",
        "categories": ["weight_bearing"],
        "impact": 2,
        "description": (
            "Racket sports with quick starts and stops. They load your bones and are "
            "a sociable way to stay active."
        ),
        "how_to": (
            "Warm up first and play on a dry, even court. Move your feet to reach "
            "the ball rather than twisting your back."
        ),
        "cautions": (
            SPINE_FRACTURE_CAUTION + " Avoid hard twists of the spine when you swing."
        ),
        "lower_impact_alternative": "Brisk walking",
        "source": "ROS-SSS",
        "source_detail": "impact ladder, moderate impact (racket sports)",
    },
    {
        "name": "Skipping",
        "slug": "skipping",
        "categories": ["weight_bearing"],
        "impact": 2,
        "description": (
            "Light, bouncy jumps, with or without a rope. A few at a time add up to a "
            "useful dose of impact."
        ),
        "how_to": (
            "Start with a handful and land softly on the balls of your feet. Build up "
            "slowly towards about 50 in a session."
        ),
        "cautions": SPINE_FRACTURE_CAUTION,
        "lower_impact_alternative": "Marching",
        "source": "ROS-SSS",
        "source_detail": "impact ladder, moderate impact; about 50 impacts a session",
    },
    {
        "name": "Hopping",
        "slug": "hopping",
        "categories": ["weight_bearing"],
        "impact": 2,
        "description": (
            "Small hops on one foot or both. They give the hip a quick, moderate load."
        ),
        "how_to": (
            "Stand by a counter you can hold. Keep the hops small and land softly, "
            "building up slowly towards about 50 in a session."
        ),
        "cautions": SPINE_FRACTURE_CAUTION,
        "lower_impact_alternative": "Heel drops",
        "source": "ROS-SSS",
        "source_detail": "impact ladder, moderate impact; about 50 impacts a session",
    },
    {
        "name": "Low jumps",
        "slug": "low-jumps",
        "categories": ["weight_bearing"],
        "impact": 2,
        "description": (
            "Small jumps with both feet, just clearing the floor. They give your "
            "bones a moderate jolt."
        ),
        "how_to": (
            "Bend your knees a little as you land and keep the jumps low. Build up "
            "slowly towards about 50 in a session."
        ),
        "cautions": SPINE_FRACTURE_CAUTION,
        "lower_impact_alternative": "Heel drops",
        "source": "ROS-SSS",
        "source_detail": "impact ladder, moderate impact; about 50 impacts a session",
    },
    # Weight-bearing: higher impact on the ROS ladder.
    {
        "name": "Star jumps or tuck jumps",
        "slug": "star-or-tuck-jumps",
        "categories": ["weight_bearing"],
        "impact": 3,
        "description": (
            "Bigger jumps, spreading your arms and legs or bringing your knees up. "
            "They give a strong jolt to your bones."
        ),
        "how_to": (
            "Try these only once low jumps feel easy. Land softly with bent knees "
            "and do just a few at a time."
        ),
        "cautions": SPINE_FRACTURE_CAUTION,
        "lower_impact_alternative": "Marching",
        "source": "ROS-SSS",
        "source_detail": "impact ladder, higher impact",
    },
    {
        "name": "Basketball or volleyball",
        "slug": "basketball-or-volleyball",
        "categories": ["weight_bearing"],
        "impact": 3,
        "description": (
            "Team sports with running, jumping and quick turns. They give your bones "
            "a strong load."
        ),
        "how_to": (
            "Warm up well and build up your fitness with moderate-impact activity "
            "first. Play on a court with good grip."
        ),
        "cautions": SPINE_FRACTURE_CAUTION,
        "lower_impact_alternative": "Brisk walking",
        "source": "ROS-SSS",
        "source_detail": "impact ladder, higher impact",
    },
    # Balance.
    {
        # Not on the ROS ladder; counted as a balance activity with no impact.
        "name": "Tai chi",
        "slug": "tai-chi",
        "categories": ["balance"],
        "impact": 0,
        "description": (
            "Slow, flowing moves done standing. It trains balance, leg strength and "
            "calm focus."
        ),
        "how_to": (
            "Join a beginner class or follow a video at a slow pace. Keep your "
            "knees soft and your back tall."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, balance row",
    },
    {
        "name": "Single-leg stand",
        "slug": "single-leg-stand",
        "categories": ["balance"],
        "impact": 0,
        "description": (
            "Standing on one foot for a short while. It is a simple way to practise "
            "balance at home."
        ),
        "how_to": (
            "Stand next to a counter and hold it lightly. Lift one foot, hold, then "
            "switch. Let go of the counter only when you feel steady."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, balance row (standing on one foot)",
    },
    {
        "name": "Heel-to-toe walking",
        "slug": "heel-to-toe-walking",
        "categories": ["balance"],
        "impact": 0,
        "description": (
            "Walking in a straight line, setting the heel of one foot just in front "
            "of the toes of the other."
        ),
        "how_to": (
            "Walk slowly beside a counter or wall you can touch. Look ahead, not at "
            "your feet."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, balance row (heel-to-toe walking)",
    },
    {
        "name": "Side-stepping",
        "slug": "side-stepping",
        "categories": ["balance"],
        "impact": 0,
        "description": (
            "Stepping sideways along a counter or wall. It works the hip muscles "
            "that help you catch your balance."
        ),
        "how_to": (
            "Face the counter and hold it lightly. Step to the side and bring your "
            "other foot to meet it, then go back the other way."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, balance row (dynamic balance)",
    },
    {
        # Quick footwork, but balance training rather than an impact exercise, and
        # not on the ROS ladder; kept at no impact.
        "name": "Agility ladder",
        "slug": "agility-ladder",
        "categories": ["balance"],
        "impact": 0,
        "description": (
            "Stepping in and out of the squares of a ladder laid flat on the floor. "
            "It trains quick, sure footwork."
        ),
        "how_to": (
            "Start slowly with simple patterns. Use a ladder that lies flat and "
            "cannot slip."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, balance row (dynamic balance)",
    },
    # Resistance and strength.
    {
        "name": "Squats",
        "slug": "squats",
        "categories": ["resistance"],
        "impact": 0,
        "description": (
            "Bending your hips and knees as if to sit, then standing up again. It "
            "strengthens your thighs and hips."
        ),
        "how_to": (
            "Stand in front of a chair with feet apart. Push your hips back, keep "
            "your back straight and your chest up, then stand. Aim for 8 to 12."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, strength row (legs)",
    },
    {
        "name": "Sit-to-stand",
        "slug": "sit-to-stand",
        "categories": ["resistance"],
        "impact": 0,
        "description": (
            "Standing up from a chair and sitting back down with control. It builds "
            "the leg strength you use every day."
        ),
        "how_to": (
            "Use a sturdy chair without wheels. Lean forward from the hips, stand up "
            "tall, then sit down slowly. Aim for 8 to 12."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, strength row (legs)",
    },
    {
        "name": "Lunges",
        "slug": "lunges",
        "categories": ["resistance"],
        "impact": 0,
        "description": (
            "Stepping one foot forward and bending both knees. It strengthens the "
            "legs one side at a time."
        ),
        "how_to": (
            "Hold a counter for support. Take a step, lower yourself a little with "
            "your back upright, then push back. Aim for 8 to 12 each side."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, strength row (legs)",
    },
    {
        "name": "Step-ups",
        "slug": "step-ups",
        "categories": ["resistance"],
        "impact": 0,
        "description": (
            "Stepping up onto a low step and back down. It strengthens your legs for "
            "stairs and curbs."
        ),
        "how_to": (
            "Use the bottom stair and hold the rail. Step up with one foot, bring the "
            "other up, then step down. Aim for 8 to 12."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, strength row (legs)",
    },
    {
        "name": "Wall or counter push-ups",
        "slug": "wall-or-counter-push-ups",
        "categories": ["resistance"],
        "impact": 0,
        "description": (
            "Push-ups done leaning against a wall or kitchen counter. They work your "
            "chest, shoulders and arms."
        ),
        "how_to": (
            "Place your hands on the wall at chest height and step back. Keep your "
            "body straight as you bend your elbows and push away. Aim for 8 to 12."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, strength row (chest and arms)",
    },
    {
        "name": "Rows with a resistance band",
        "slug": "band-rows",
        "categories": ["resistance"],
        "impact": 0,
        "description": (
            "Pulling an elastic band towards you. It strengthens your upper back, "
            "which helps you stand tall."
        ),
        "how_to": (
            "Anchor the band at chest height. Sit or stand tall, pull your elbows "
            "back and squeeze your shoulder blades together, then release slowly."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "BHOF",
        "source_detail": "exercise guidance, muscle-strengthening (elastic bands)",
    },
    {
        "name": "Upright row",
        "slug": "upright-row",
        "categories": ["resistance"],
        "impact": 0,
        "description": (
            "Lifting a light weight or band up the front of your body. It works your "
            "shoulders and upper back."
        ),
        "how_to": (
            "Stand tall with the weight in front of your thighs. Lift it towards your "
            "chest with elbows leading, then lower slowly. Aim for 8 to 12."
        ),
        "cautions": "Keep the weight light and stop if your shoulders hurt.",
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, strength row (shoulders)",
    },
    {
        "name": "Bridges",
        "slug": "bridges",
        "categories": ["resistance"],
        "impact": 0,
        "description": (
            "Lifting your hips while lying on your back. It strengthens your buttocks "
            "and the back of your legs."
        ),
        "how_to": (
            "Lie on your back with knees bent and feet flat. Squeeze your buttocks "
            "and lift your hips a little, then lower slowly. Aim for 8 to 12."
        ),
        "cautions": (
            "Roll onto your side to get up from the floor rather than sitting "
            "straight up."
        ),
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, strength row (legs and back)",
    },
    {
        "name": "Heel raises",
        "slug": "heel-raises",
        "categories": ["resistance"],
        "impact": 0,
        "description": (
            "Rising up onto your toes and lowering slowly. It strengthens your calves "
            "and ankles."
        ),
        "how_to": (
            "Hold a counter or chair back. Rise onto your toes, pause, then lower "
            "your heels with control."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "BHOF",
        "source_detail": "exercise guidance, muscle-strengthening (rising on toes)",
    },
    {
        "name": "Weight machines",
        "slug": "weight-machines",
        "categories": ["resistance"],
        "impact": 0,
        "description": (
            "Gym machines that guide a weighted movement. They make it easy to add "
            "load a little at a time."
        ),
        "how_to": (
            "Ask a trainer to set up each machine for you. Pick a load you can move "
            "8 to 12 times with good form."
        ),
        "cautions": (
            "Skip machines that twist your trunk or curl your spine forward, such as "
            "rotation or crunch machines."
        ),
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, strength row",
    },
    {
        "name": "Back-extensor exercises",
        "slug": "back-extensor-exercises",
        "categories": ["resistance", "posture"],
        "impact": 0,
        "description": (
            "Lying face down and gently lifting your head and chest. It strengthens "
            "the muscles along your spine that keep you upright."
        ),
        "how_to": (
            "Lie on your front with your arms by your sides. Tuck your chin, lift "
            "your head and shoulders a little, hold, then lower slowly."
        ),
        "cautions": (
            "After a spine fracture, learn this move from a physiotherapist first."
        ),
        "lower_impact_alternative": None,
        "source": "OC-2023",
        "source_detail": "Table 2, progressive resistance training (back extensors)",
    },
    # Posture.
    {
        "name": "Chin tuck",
        "slug": "chin-tuck",
        "categories": ["posture"],
        "impact": 0,
        "description": (
            "Drawing your chin gently back. It helps keep your head over your "
            "shoulders rather than poking forward."
        ),
        "how_to": (
            "Sit or stand tall and look straight ahead. Slide your chin straight "
            "back, as if making a double chin, hold briefly, then relax."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, posture row",
    },
    {
        "name": "Chest lift",
        "slug": "chest-lift",
        "categories": ["posture"],
        "impact": 0,
        "description": (
            "Lifting your chest and widening across the front of your shoulders, "
            "sometimes called spreading the collarbones."
        ),
        "how_to": (
            "Sit or stand tall. Let your shoulders settle back and down, and feel "
            "your collarbones widen as your chest lifts."
        ),
        "cautions": "",
        "lower_impact_alternative": None,
        "source": "OC-ex",
        "source_detail": "patient exercise table, posture row",
    },
    # Yoga and Pilates: OC-2023 lists them as extras, not replacements for strength
    # and balance work. Category choice is a judgement call: yoga's standing poses
    # train balance, and Pilates centres on alignment and posture.
    {
        "name": "Yoga",
        "slug": "yoga",
        "categories": ["balance"],
        "impact": 0,
        "description": (
            "Held poses and slow movement with steady breathing. Standing poses can "
            "help your balance."
        ),
        "how_to": (
            "Tell your teacher about your bones and use a chair or wall for support. "
            "Move within a comfortable range."
        ),
        "cautions": (
            "Leave out deep forward folds, roll-ups and twists that push the spine "
            "to its limit. Hinge at the hips instead of rounding your back."
        ),
        "lower_impact_alternative": None,
        "source": "OC-2023",
        "source_detail": "Table 2, other activities (yoga, Pilates)",
    },
    {
        "name": "Pilates",
        "slug": "pilates",
        "categories": ["posture"],
        "impact": 0,
        "description": (
            "Controlled mat or machine exercises for your core and posture. It "
            "focuses on how you hold your body."
        ),
        "how_to": (
            "Find a teacher who knows about osteoporosis. Keep your spine in a "
            "neutral, lengthened position."
        ),
        "cautions": (
            "Leave out roll-ups, deep forward folds and forced twists. Ask for "
            "versions that keep your back straight."
        ),
        "lower_impact_alternative": None,
        "source": "OC-2023",
        "source_detail": "Table 2, other activities (yoga, Pilates)",
    },
]

WEEKLY_EXERCISE_TARGETS = [
    {
        "label": "Weight-bearing activity",
        "category": "weight_bearing",
        "measure": "minutes",
        "amount": 150,
        "min_impact": None,
        "audience": "everyone",
        "note": (
            "Moderate to vigorous effort, in spells of 10 minutes or more. After a "
            "spine fracture, keep the effort moderate rather than vigorous."
        ),
        "order": 1,
        "source": "OC-ex",
        "source_detail": "patient exercise table, weight-bearing aerobic row",
    },
    {
        "label": "Days with moderate-impact activity",
        "category": "weight_bearing",
        "measure": "days",
        "amount": 4,
        "min_impact": 2,
        "audience": "no_spine_fracture",
        "note": (
            "The guidance says most days; this app reads that as 4 days a week. "
            "Build up slowly to about 50 moderate impacts a session, such as hops, "
            "skips or low jumps."
        ),
        "order": 2,
        "source": "ROS-SSS",
        "source_detail": "impact recommendations (moderate impact on most days)",
    },
    {
        "label": "Days with gentle weight-bearing activity",
        "category": "weight_bearing",
        "measure": "days",
        "amount": 7,
        "min_impact": 1,
        "audience": "spine_fracture",
        "note": (
            "After a spine fracture, stay with lower-impact activity, up to about 20 "
            "minutes of brisk walking a day. See a physiotherapist for a safe plan."
        ),
        "order": 3,
        "source": "ROS-SSS",
        "source_detail": "recommendations after vertebral fracture",
    },
    {
        "label": "Strength sessions",
        "category": "resistance",
        "measure": "sessions",
        "amount": 2,
        "min_impact": None,
        "audience": "everyone",
        "note": (
            "At least 2 days a week, working each main muscle group. UK guidance "
            "(Strong, Steady and Straight) suggests 2 to 3 days."
        ),
        "order": 4,
        "source": "TFTF-2014",
        "source_detail": "exercise dose, strength (Osteoporosis Canada patient table)",
    },
    {
        "label": "Balance minutes",
        "category": "balance",
        "measure": "minutes",
        "amount": 120,
        "min_impact": None,
        "audience": "everyone",
        "note": "About 15 to 20 minutes a day adds up to this.",
        "order": 5,
        "source": "OC-ex",
        "source_detail": "patient exercise table, balance row",
    },
    {
        "label": "Balance sessions",
        "category": "balance",
        "measure": "sessions",
        "amount": 2,
        "min_impact": None,
        "audience": "everyone",
        "note": (
            "The minimum: balance practice at least 2 times a week, even in a busy "
            "week."
        ),
        "order": 6,
        "source": "OC-2023",
        "source_detail": "Table 2, balance and functional training",
    },
    {
        "label": "Posture practice",
        "category": "posture",
        "measure": "days",
        "amount": 7,
        "min_impact": None,
        "audience": "everyone",
        "note": "A short posture check every day: tuck your chin and lift your chest.",
        "order": 7,
        "source": "TFTF-2014",
        "source_detail": "exercise dose, posture (Osteoporosis Canada patient table)",
    },
]

MOVEMENTS_TO_AVOID = [
    {
        "movement": (
            "Forceful, fast, repeated or loaded forward bending of the spine, such as "
            "sit-ups, crunches, toe touches, deep forward folds and roll-ups"
        ),
        "why": (
            "Curling the spine forward hard, often or under a load puts strain on "
            "fragile spinal bones. Everyday bending, like reaching for your shoes, "
            "is generally fine; the risk grows when bending is sudden, repeated, "
            "uncontrolled or loaded."
        ),
        "instead": (
            "Bend at your hips and knees and keep your back straight. Use a reacher "
            "for things on the floor."
        ),
        "order": 1,
        "source": "TFTF-2015",
        "source_detail": "Table 5, forward flexion",
    },
    {
        "movement": (
            "Forceful or full twisting of the spine, above all with bending or a "
            "load, such as a golf swing, some yoga twists, rotation machines, or "
            "raking and vacuuming with your feet planted"
        ),
        "why": (
            "Twisting as far as you can, or with force, strains the spine, and more "
            "so when you are also bent over or holding something."
        ),
        "instead": (
            "Turn by moving your feet rather than your trunk. Keep any twist slow, "
            "gentle and controlled."
        ),
        "order": 2,
        "source": "TFTF-2015",
        "source_detail": "Table 5, twisting",
    },
    {
        "movement": (
            "Lifting heavy things, especially from the floor or above your head, or "
            "while bent or twisted"
        ),
        "why": (
            "A heavy load held away from your body, or lifted with a rounded or "
            "turned back, puts a lot of force through the spine."
        ),
        "instead": (
            "Keep loads close to your body and store everyday items at waist height. "
            "Ask for help with anything heavy."
        ),
        "order": 3,
        "source": "TFTF-2015",
        "source_detail": "Table 5, lifting",
    },
    {
        "movement": (
            "Balancing on something unsteady to reach high up, such as a chair or a "
            "ladder used as a step stool"
        ),
        "why": "A fall from a height can easily break a bone.",
        "instead": (
            "Move everyday items lower. When you must reach up, use a steady step "
            "stool with a handle bar, or ask someone to help."
        ),
        "order": 4,
        "source": "TFTF-2015",
        "source_detail": "Table 5, precarious balancing",
    },
    {
        "movement": (
            "High-impact jumping after a spine fracture, such as star jumps, tuck "
            "jumps and sports like basketball or volleyball"
        ),
        "why": (
            "After a spine fracture, the guidance moves away from impact towards "
            "gentler activity to protect the spine."
        ),
        "instead": (
            "Choose lower-impact activity, building up to about 20 minutes of brisk "
            "walking a day. A physiotherapist can plan what is safe for you."
        ),
        "order": 5,
        "source": "ROS-SSS",
        "source_detail": "recommendations after vertebral fracture",
    },
]
