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
from .intake import EstimateSettings, Favourite, IntakeEntry, IntakeEstimate
from .profile import Profile

__all__ = [
    "ChecklistItem",
    "EstimateSettings",
    "ExerciseCategory",
    "ExerciseType",
    "Favourite",
    "Food",
    "IntakeEntry",
    "IntakeEstimate",
    "MovementToAvoid",
    "NutrientTarget",
    "Profile",
    "Room",
    "SelfCheckStatement",
    "Source",
    "Supplement",
    "Tip",
    "WeeklyExerciseTarget",
]
