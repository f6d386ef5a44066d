from .bones import (
    BoneScan,
    BoneSettings,
    Fracture,
    FraxResult,
    HeightMeasurement,
    HeightProfile,
    ScanSite,
)
from .digest import WeeklyDigest
from .exercise import ExerciseSession
from .guidance import (
    ChecklistItem,
    ExerciseCategory,
    ExerciseType,
    Food,
    GuidanceVersion,
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
from .intake import EstimateSettings, Favourite, IntakeEntry, IntakeEstimate
from .medicines import (
    CalendarFeed,
    Dose,
    Medicine,
    MedicineReminder,
    Prescription,
    PrescriptionPause,
)
from .profile import Profile
from .report import ReportSettings
from .sessions import UserSession
from .settings import GoalSettings
from .submissions import SubmissionClaim

__all__ = [
    "BoneScan",
    "BoneSettings",
    "Fracture",
    "FraxResult",
    "HeightMeasurement",
    "HeightProfile",
    "ScanSite",
    "UserSession",
    "CalendarFeed",
    "ChecklistAnswer",
    "ChecklistItem",
    "EstimateSettings",
    "Dose",
    "ExerciseCategory",
    "ExerciseSession",
    "ExerciseType",
    "Fall",
    "Favourite",
    "Food",
    "GoalSettings",
    "GuidanceVersion",
    "HomeSafetySettings",
    "IntakeEntry",
    "IntakeEstimate",
    "Medicine",
    "MedicineReminder",
    "MovementToAvoid",
    "NutrientTarget",
    "Prescription",
    "PrescriptionPause",
    "Profile",
    "ReportSettings",
    "Room",
    "SelfCheck",
    "SelfCheckAnswer",
    "SelfCheckStatement",
    "Source",
    "SubmissionClaim",
    "Supplement",
    "Tip",
    "WeeklyDigest",
    "WeeklyExerciseTarget",
]
