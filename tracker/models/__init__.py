from .exercise import ExerciseSession
from .guidance import (
    ChecklistItem,
    ExerciseCategory,
    ExerciseType,
    Food,
    MovementToAvoid,
    NutrientTarget,
    Room,
    SelfCheckStatement,
    Source,
    Supplement,
    Tip,
    WeeklyExerciseTarget,
)
from .home_safety import (
    ChecklistAnswer,
    Fall,
    HomeSafetySettings,
    SelfCheck,
    SelfCheckAnswer,
)
from .profile import Profile

__all__ = [
    "ChecklistAnswer",
    "ChecklistItem",
    "ExerciseCategory",
    "ExerciseSession",
    "ExerciseType",
    "Fall",
    "Food",
    "HomeSafetySettings",
    "MovementToAvoid",
    "NutrientTarget",
    "Profile",
    "Room",
    "SelfCheck",
    "SelfCheckAnswer",
    "SelfCheckStatement",
    "Source",
    "Supplement",
    "Tip",
    "WeeklyExerciseTarget",
]
