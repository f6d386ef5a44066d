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
from .profile import Profile

__all__ = [
    "ChecklistItem",
    "ExerciseCategory",
    "ExerciseSession",
    "ExerciseType",
    "Food",
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
