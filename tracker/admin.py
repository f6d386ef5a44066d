"""Admin for guidance content. Every list shows each row's source.

Users' own foods and supplements are private: the admin lists catalogue rows only.
Users' rows that hang off guidance (favourites, sessions, checklist answers) are
private too: a delete confirmation page counts them, and never lists them.
"""

from collections import Counter

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import NestedObjects, quote
from django.contrib.auth import get_user_model
from django.db import models, router
from django.forms import CheckboxSelectMultiple
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.text import capfirst

from .domain import medicines
from .models import (
    BoneSettings,
    ChecklistItem,
    EstimateSettings,
    ExerciseCategory,
    ExerciseType,
    Food,
    HomeSafetySettings,
    Medicine,
    MovementToAvoid,
    NutrientTarget,
    Room,
    SelfCheckStatement,
    Source,
    Supplement,
    Tip,
    WeeklyExerciseTarget,
)

SOURCE_FIELDSET = ("Source", {"fields": ["source", "source_detail"]})


def names_a_user(model) -> bool:
    """Whether every row of ``model`` belongs to a user (a required user field)."""
    return any(
        field.many_to_one and not field.null and field.related_model is get_user_model()
        for field in model._meta.concrete_fields
    )


def is_users_row(obj) -> bool:
    """Whether ``obj`` is a user's: it names a user (an own food names its owner),
    or hangs off a row that does (a self-check's answers)."""
    return any(
        field.many_to_one
        and getattr(obj, field.attname) is not None
        and (
            field.related_model is get_user_model() or names_a_user(field.related_model)
        )
        for field in obj._meta.concrete_fields
    )


def users_rows_in_words(rows) -> list[str]:
    """Return "12 intake entries by users" for each model among ``rows``."""
    counts = Counter(type(row) for row in rows)
    return [
        f"{count} {model._meta.verbose_name} by a user"
        if count == 1
        else f"{count} {model._meta.verbose_name_plural} by users"
        for model, count in counts.items()
    ]


def without_users_rows(nested: list) -> list:
    """Drop the None entries (users' rows) of a nested list, with their children."""
    kept = []
    dropped = False
    for entry in nested:
        if isinstance(entry, list):
            children = [] if dropped else without_users_rows(entry)
            if children:
                kept.append(children)
        elif entry is not None:
            kept.append(entry)
        dropped = entry is None
    return kept


class PrivateRowsAdmin(admin.ModelAdmin):
    """Counts users' rows on delete confirmation pages, never lists them.

    Django lists every related row by its ``str()``: "Favourite of alice: Milk"
    would show who starred what, and a protected exercise type would list each
    user's sessions.
    """

    def get_deleted_objects(self, objs, request):
        # As django.contrib.admin.utils.get_deleted_objects, with users' rows
        # left out of both lists and counted instead.
        if not len(objs):
            return [], {}, set(), []
        collector = NestedObjects(using=router.db_for_write(self.model), origin=objs)
        collector.collect(objs)
        perms_needed = set()

        def describe(obj):
            if is_users_row(obj):
                return None
            opts = obj._meta
            label = capfirst(opts.verbose_name)
            if not self.admin_site.is_registered(type(obj)):
                return f"{label}: {obj}"
            model_admin = self.admin_site.get_model_admin(type(obj))
            if not model_admin.has_delete_permission(request, obj):
                perms_needed.add(opts.verbose_name)
            try:
                url = reverse(
                    f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_change",
                    args=[quote(obj.pk)],
                )
            except NoReverseMatch:
                return f"{label}: {obj}"
            return format_html('{}: <a href="{}">{}</a>', label, url, obj)

        users_deleted = [
            obj
            for model_objs in collector.model_objs.values()
            for obj in model_objs
            if is_users_row(obj)
        ]
        users_protected = [obj for obj in collector.protected if is_users_row(obj)]
        to_delete = without_users_rows(collector.nested(describe))
        to_delete += users_rows_in_words(users_deleted)
        protected = [
            describe(obj) for obj in collector.protected if not is_users_row(obj)
        ]
        protected += users_rows_in_words(users_protected)
        model_count = {
            model._meta.verbose_name_plural: len(model_objs)
            for model, model_objs in collector.model_objs.items()
        }
        return to_delete, model_count, perms_needed, protected


class CitedAdmin(PrivateRowsAdmin):
    # Plain selects, not autocomplete: the lists are short, and an empty select2
    # box has no accessible name.
    list_select_related = ["source"]


@admin.register(Source)
class SourceAdmin(PrivateRowsAdmin):
    list_display = ["key", "title", "url"]
    search_fields = ["key", "title", "url"]


@admin.register(NutrientTarget)
class NutrientTargetAdmin(CitedAdmin):
    list_display = [
        "nutrient",
        "kind",
        "sex",
        "age_band",
        "amount",
        "amount_max",
        "unit",
        "source",
        "source_detail",
    ]
    list_filter = ["nutrient", "kind", "sex", "source"]
    search_fields = ["note", "source__title", "source_detail"]
    fieldsets = [
        (None, {"fields": ["nutrient", "kind", "sex", ("age_min", "age_max")]}),
        ("Amount per day", {"fields": [("amount", "amount_max"), "unit", "note"]}),
        SOURCE_FIELDSET,
    ]


class CatalogueAdmin(CitedAdmin):
    def get_queryset(self, request):
        return super().get_queryset(request).filter(owner__isnull=True)

    def get_exclude(self, request, obj=None):
        return ["owner"]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.base_fields["source"].required = True  # catalogue rows must cite
        return form


@admin.register(Food)
class FoodAdmin(CatalogueAdmin):
    list_display = [
        "name",
        "serving",
        "serving_grams",
        "group",
        "calcium_mg",
        "vitamin_d_iu",
        "low_absorption",
        "is_active",
        "source",
        "source_detail",
    ]
    list_filter = ["group", "low_absorption", "is_active", "source"]
    search_fields = ["name", "source_detail"]
    fieldsets = [
        (None, {"fields": ["name", "group", ("serving", "serving_grams")]}),
        (
            "Per serving",
            {"fields": [("calcium_mg", "vitamin_d_iu"), "low_absorption", "note"]},
        ),
        SOURCE_FIELDSET,
        ("Status", {"fields": ["is_active"]}),
    ]


@admin.register(Supplement)
class SupplementAdmin(CatalogueAdmin):
    list_display = [
        "name",
        "dose",
        "calcium_mg",
        "vitamin_d_iu",
        "is_active",
        "source",
        "source_detail",
    ]
    list_filter = ["is_active", "source"]
    search_fields = ["name", "source_detail"]
    fieldsets = [
        (None, {"fields": ["name", "dose", ("calcium_mg", "vitamin_d_iu"), "note"]}),
        SOURCE_FIELDSET,
        ("Status", {"fields": ["is_active"]}),
    ]


class WeeklyExerciseTargetInline(admin.TabularInline):
    model = WeeklyExerciseTarget
    extra = 0


@admin.register(ExerciseCategory)
class ExerciseCategoryAdmin(CitedAdmin):
    list_display = ["name", "code", "order", "source", "source_detail"]
    list_filter = ["source"]
    search_fields = ["name", "description"]
    inlines = [WeeklyExerciseTargetInline]


@admin.register(WeeklyExerciseTarget)
class WeeklyExerciseTargetAdmin(CitedAdmin):
    list_display = [
        "label",
        "category",
        "amount",
        "measure",
        "min_impact",
        "audience",
        "source",
        "source_detail",
    ]
    list_filter = ["category", "measure", "audience", "source"]
    list_select_related = ["source", "category"]
    search_fields = ["label", "note"]


@admin.register(ExerciseType)
class ExerciseTypeAdmin(CitedAdmin):
    list_display = ["name", "category_list", "impact", "is_active", "source"]
    list_filter = ["categories", "impact", "is_active", "source"]
    search_fields = ["name", "description", "cautions"]
    prepopulated_fields = {"slug": ["name"]}
    # Four tick boxes are plainer (and more accessible) than the two-pane widget.
    formfield_overrides = {models.ManyToManyField: {"widget": CheckboxSelectMultiple}}
    fieldsets = [
        (None, {"fields": ["name", "slug", "categories", "impact"]}),
        (
            "What users read",
            {
                "fields": [
                    "description",
                    "how_to",
                    "cautions",
                    "lower_impact_alternative",
                ]
            },
        ),
        SOURCE_FIELDSET,
        ("Status", {"fields": ["is_active"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("categories")

    @admin.display(description="categories")
    def category_list(self, obj):
        return ", ".join(category.name for category in obj.categories.all())


@admin.register(MovementToAvoid)
class MovementToAvoidAdmin(CitedAdmin):
    list_display = ["movement", "order", "source", "source_detail"]
    list_filter = ["source"]
    search_fields = ["movement", "why", "instead"]


class RoomForm(forms.ModelForm):
    # /home-safety/<slug>/ shares its path with these pages.
    RESERVED_SLUGS = {"self-check", "falls", "items"}

    class Meta:
        model = Room
        fields = ["name", "slug", "order"]

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug in self.RESERVED_SLUGS:
            raise forms.ValidationError(
                "“%(slug)s” is the address of another page. Choose another slug.",
                code="reserved_slug",
                params={"slug": slug},
            )
        return slug


@admin.register(Room)
class RoomAdmin(PrivateRowsAdmin):
    form = RoomForm
    list_display = ["name", "order"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(ChecklistItem)
class ChecklistItemAdmin(CitedAdmin):
    list_display = ["question", "room", "order", "is_active", "source", "source_detail"]
    list_filter = ["room", "is_active", "source"]
    list_select_related = ["source", "room"]
    search_fields = ["question", "fix"]


@admin.register(SelfCheckStatement)
class SelfCheckStatementAdmin(CitedAdmin):
    list_display = ["number", "statement", "points", "is_active", "source"]
    list_filter = ["points", "is_active", "source"]
    search_fields = ["statement", "why"]


class SingleRowSettingsAdmin(admin.ModelAdmin):
    """A ``SingleRowSettings`` model: its row can be added once, then changed.

    Its sources are plain selects, as in CitedAdmin: an empty autocomplete box
    fails axe.
    """

    def has_add_permission(self, request):
        return not self.model.objects.exists()

    def get_list_select_related(self, request):
        return list(self.model.load_related)


@admin.register(HomeSafetySettings)
class HomeSafetySettingsAdmin(SingleRowSettingsAdmin):
    """The one settings row: it can be changed, never added twice or deleted.

    Pages show its numbers with their sources, so the row stays.
    """

    list_display = [
        "__str__",
        "recheck_interval_months",
        "self_check_threshold",
    ]
    fieldsets = [
        (
            "Checklist re-check",
            {
                "fields": [
                    "recheck_interval_months",
                    "recheck_interval_source",
                    "recheck_interval_source_detail",
                ]
            },
        ),
        (
            "Stay Independent self-check",
            {
                "fields": [
                    "self_check_threshold",
                    "self_check_threshold_source",
                    "self_check_threshold_source_detail",
                ],
                "description": "Applies to self-checks taken from now on; past "
                "results keep the score they were judged by.",
            },
        ),
    ]

    def has_delete_permission(self, request, obj=None):
        return False


def cited_fieldset(title, fields, source, description=""):
    options = {"fields": [*fields, source, f"{source}_detail"]}
    if description:
        options["description"] = description
    return (title, options)


@admin.register(BoneSettings)
class BoneSettingsAdmin(SingleRowSettingsAdmin):
    """The bone record's defaults, each with its source; one row, kept."""

    list_display = [
        "__str__",
        "lsc_spine_percent",
        "historical_height_loss_cm",
        "measured_height_loss_cm",
        "scan_stable_months",
    ]
    fieldsets = [
        cited_fieldset(
            "Default least significant change (LSC)",
            [
                "lsc_spine_percent",
                "lsc_total_hip_percent",
                "lsc_femoral_neck_percent",
                "lsc_radius_percent",
            ],
            "lsc_source",
            "Used only when a scan's report gives no LSC; pages say it is assumed.",
        ),
        cited_fieldset(
            "Height loss", ["historical_height_loss_cm"], "historical_source"
        ),
        cited_fieldset(None, ["measured_height_loss_cm"], "measured_source"),
        cited_fieldset(
            "Next scan", ["scan_after_change_months"], "scan_after_change_source"
        ),
        cited_fieldset(None, ["scan_stable_months"], "scan_stable_source"),
        cited_fieldset(
            "Sources of fixed rules",
            [],
            "categories_source",
            "The T-score categories, the T- or Z-score rule, fragility fractures "
            "and FRAX are fixed in the app (docs/bone-facts.md §8); here you can "
            "correct where they are cited from.",
        ),
        cited_fieldset(None, [], "z_score_source"),
        cited_fieldset(None, [], "fragility_source"),
        cited_fieldset(None, [], "frax_source"),
    ]

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Tip)
class TipAdmin(CitedAdmin):
    list_display = ["title", "kind", "topic", "published", "order", "source"]
    list_filter = ["kind", "topic", "published", "source"]
    search_fields = ["title", "body"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "topic", "body"]}),
        SOURCE_FIELDSET,
        ("Publishing", {"fields": ["published", "order"]}),
    ]


@admin.register(EstimateSettings)
class EstimateSettingsAdmin(SingleRowSettingsAdmin):
    """The quick estimate's baseline for other foods: one row, none shipped."""

    list_display = ["__str__", "other_foods_calcium_mg", "source", "source_detail"]
    fieldsets = [
        (
            "Baseline for other foods",
            {
                "fields": ["other_foods_calcium_mg"],
                "description": (
                    "docs/bone-facts.md gives no baseline, so none ships. Enter one "
                    "only with a source you can cite; leave it empty otherwise, and "
                    "the estimate counts only the servings users enter. Estimates "
                    "already saved keep the baseline they were saved with."
                ),
            },
        ),
        SOURCE_FIELDSET,
    ]


class MedicineForm(forms.ModelForm):
    # Tick boxes for the schedules rather than a JSON list to type.
    schedules = forms.MultipleChoiceField(
        choices=[
            (code, interval.words.capitalize())
            for code, interval in medicines.SCHEDULES.items()
        ],
        widget=CheckboxSelectMultiple,
        help_text="The schedules it is prescribed on; users choose one of them.",
    )

    class Meta:
        model = Medicine
        fields = ["schedules"]  # the admin adds the rest from its fieldsets


@admin.register(Medicine)
class MedicineAdmin(CitedAdmin):
    form = MedicineForm
    list_display = [
        "name",
        "drug_class",
        "route",
        "schedule_list",
        "is_active",
        "source",
    ]
    list_filter = ["drug_class", "route", "is_active", "source"]
    search_fields = ["name", "brand_names"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "slug",
                    "brand_names",
                    "drug_class",
                    "action",
                    "route",
                ]
            },
        ),
        (
            "How it is taken",
            {
                "fields": [
                    "schedules",
                    "how_to_take",
                    "how_to_take_unverified",
                    "wait_minutes",
                    "missed_dose_note",
                ]
            },
        ),
        (
            "Course limit",
            {
                "fields": [
                    "course_group",
                    "course_limit_doses",
                    "course_warning_doses",
                    "course_note",
                    "course_unverified",
                ]
            },
        ),
        (
            "Timing of clinic doses",
            {
                "fields": [
                    "book_days_before_due",
                    "urgent_days_after_due",
                    "stages_note",
                    "stages_unverified",
                ]
            },
        ),
        (
            "Stopping",
            {
                "fields": [
                    "stopping_note",
                    "stopping_unverified",
                    "stopping_source",
                    "needs_follow_on",
                ]
            },
        ),
        SOURCE_FIELDSET,
        ("Status", {"fields": ["order", "is_active"]}),
    ]

    @admin.display(description="schedules")
    def schedule_list(self, obj):
        return ", ".join(label for _, label in obj.schedule_choices)
