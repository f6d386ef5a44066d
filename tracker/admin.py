"""Admin for guidance content. Every list shows each row's source.

Users' own foods and supplements are private: the admin lists catalogue rows only.
Users' rows that hang off guidance (favourites, sessions, checklist answers) are
private too: a delete confirmation page counts them, and never lists them.
"""

from collections import Counter
from urllib.parse import urlsplit

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import NestedObjects, quote
from django.contrib.auth import get_user_model
from django.db import models, router
from django.forms import CheckboxSelectMultiple
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import capfirst

from .domain import medicines
from .models import (
    BoneSettings,
    ChecklistItem,
    EstimateSettings,
    ExerciseCategory,
    ExerciseType,
    Food,
    GoalSettings,
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

NOTE_CHECK_MESSAGE = (
    "You changed the value; check that the source note still describes it. Then "
    "change the note, or tick this box to keep it as it is."
)


def cited(source, note=""):
    """A source as lists show it: its full title, then its key and the note."""
    if source is None:
        return "No source"
    hint = " · ".join(part for part in (source.key, note) if part)
    return format_html('{}<br><span class="quiet">{}</span>', source.title, hint)


def named(name, shown=True, hidden_word="retired"):
    """A row's name for a list, marked when users no longer see the row."""
    if shown:
        return name
    return format_html('{} <span class="quiet">({})</span>', name, hidden_word)


class SourceFilter(admin.RelatedOnlyFieldListFilter):
    """ "By source": only the sources this list's rows cite, by their titles.

    No "-" entry: the rows an admin lists always cite a source (a food without
    one is a user's own, never listed).
    """

    @property
    def include_empty_choice(self):
        return False


def note_checked(label):
    """A tick box that appears when a value changed and its source note did not."""
    return forms.BooleanField(
        label=label,
        required=False,
        widget=forms.HiddenInput,
        help_text="Tick only after reading the note again.",
    )


class SourceNoteCheckForm(forms.ModelForm):
    """Asks the editor to re-read a source note when the value it cites changes.

    ``note_checks`` lists (tick box, value fields, source fields). When a saved
    row's value changes and none of its source fields do, the form shows the
    tick box with a warning and saves only once it is ticked.
    """

    note_checks: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()

    def clean(self):
        cleaned_data = super().clean()
        if self.instance._state.adding:
            return cleaned_data
        changed = set(self.changed_data)
        for confirm, values, notes in self.note_checks:
            if any(name in self.errors for name in values):
                continue
            if changed.isdisjoint(values) or not changed.isdisjoint(notes):
                continue
            if all(cleaned_data.get(name) in (None, "") for name in values):
                continue  # a value cleared leaves no number for the note to describe
            if not cleaned_data.get(confirm):
                self.fields[confirm].widget = forms.CheckboxInput()
                self.add_error(confirm, NOTE_CHECK_MESSAGE)
        return cleaned_data


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


class GuidanceAdmin(admin.ModelAdmin):
    """What every guidance admin shares: wide boxes for source notes.

    A source note is a short text, but often longer than a one-line box shows.
    """

    class Media:
        css = {"all": ["css/admin.css"]}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name.endswith("source_detail"):
            kwargs["widget"] = forms.Textarea(
                attrs={"rows": 2, "class": "vLargeTextField"}
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class PrivateRowsAdmin(GuidanceAdmin):
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

    @admin.display(description="source", ordering="source__title")
    def source_column(self, obj):
        return cited(obj.source, obj.source_detail)


@admin.register(Source)
class SourceAdmin(PrivateRowsAdmin):
    list_display = ["title", "shown_as", "key", "web_address"]
    search_fields = ["key", "short_name", "title", "url"]
    fields = ["short_name", "title", "url", "key"]

    @admin.display(description="users see", ordering="short_name")
    def shown_as(self, obj):
        return obj.short_title

    # Drop-downs and filters of sources list them in this order too.
    ordering = ["title"]

    @admin.display(description="web address", ordering="url")
    def web_address(self, obj):
        return format_html('<a href="{}">{}</a>', obj.url, urlsplit(obj.url).netloc)


class NutrientTargetForm(SourceNoteCheckForm):
    source_note_checked = note_checked("The source note still describes the amount")
    note_checks = (
        ("source_note_checked", ("amount", "amount_max"), ("source", "source_detail")),
    )


@admin.register(NutrientTarget)
class NutrientTargetAdmin(CitedAdmin):
    form = NutrientTargetForm
    list_display = ["__str__", "amount_a_day", "source_column"]
    list_filter = ["nutrient", "kind", "sex", ("source", SourceFilter)]
    search_fields = ["note", "source__title", "source_detail"]
    fieldsets = [
        (None, {"fields": ["nutrient", "kind", "sex", ("age_min", "age_max")]}),
        ("Amount per day", {"fields": [("amount", "amount_max"), "unit", "note"]}),
        (
            "Source",
            {"fields": ["source", "source_detail", "source_note_checked"]},
        ),
    ]

    @admin.display(description="amount a day", ordering="amount")
    def amount_a_day(self, obj):
        if obj.amount_max is None:
            return f"{obj.amount:,} {obj.unit}"
        return f"{obj.amount:,}–{obj.amount_max:,} {obj.unit}"


class CatalogueAdmin(CitedAdmin):
    """Catalogue foods and supplement presets: the rows no user owns."""

    @admin.display(description="calcium (mg)", ordering="calcium_mg")
    def calcium(self, obj):
        return obj.calcium_mg

    @admin.display(description="vitamin D (IU)", ordering="vitamin_d_iu")
    def vitamin_d(self, obj):
        return obj.vitamin_d_iu

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
    # Short columns, so the source fits beside the filters at 1280 px; the
    # group, low absorption and retired foods are a filter away.
    list_display = ["food", "calcium", "vitamin_d", "source_column"]
    list_filter = ["group", "low_absorption", "is_active", ("source", SourceFilter)]
    search_fields = ["name", "aliases", "source_detail"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "aliases",
                    "group",
                    ("serving", "serving_grams", "serving_ml"),
                ]
            },
        ),
        (
            "Per serving",
            {"fields": [("calcium_mg", "vitamin_d_iu"), "low_absorption", "note"]},
        ),
        SOURCE_FIELDSET,
        ("Status", {"fields": ["is_active"]}),
    ]

    @admin.display(description="food", ordering="name")
    def food(self, obj):
        return named(str(obj), obj.is_active)


@admin.register(Supplement)
class SupplementAdmin(CatalogueAdmin):
    list_display = ["supplement", "calcium", "vitamin_d", "source_column"]
    list_filter = ["is_active", ("source", SourceFilter)]
    search_fields = ["name", "source_detail"]
    fieldsets = [
        (None, {"fields": ["name", "dose", ("calcium_mg", "vitamin_d_iu"), "note"]}),
        SOURCE_FIELDSET,
        ("Status", {"fields": ["is_active"]}),
    ]

    @admin.display(description="supplement", ordering="name")
    def supplement(self, obj):
        return named(f"{obj.name}, {obj.dose}", obj.is_active)


@admin.register(ExerciseCategory)
class ExerciseCategoryAdmin(CitedAdmin):
    list_display = ["name", "order", "source_column"]
    list_filter = [("source", SourceFilter)]
    search_fields = ["name", "description"]
    fieldsets = [
        (None, {"fields": ["name", "code", "description", "order"]}),
        SOURCE_FIELDSET,
        ("Weekly targets", {"fields": ["weekly_targets"]}),
    ]
    readonly_fields = ["weekly_targets"]

    @admin.display(description="weekly targets")
    def weekly_targets(self, obj):
        """Links to the category's targets: each is changed on its own page,
        where a changed amount asks to check its source note."""
        targets = obj.weekly_targets.all() if obj.pk else []
        if not targets:
            return "None yet."
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a></li>',
                (
                    (
                        reverse(
                            "admin:tracker_weeklyexercisetarget_change", args=[t.pk]
                        ),
                        t,
                    )
                    for t in targets
                ),
            ),
        )


class WeeklyExerciseTargetForm(SourceNoteCheckForm):
    source_note_checked = note_checked("The source note still describes the amount")
    note_checks = (
        ("source_note_checked", ("amount", "min_impact"), ("source", "source_detail")),
    )


@admin.register(WeeklyExerciseTarget)
class WeeklyExerciseTargetAdmin(CitedAdmin):
    form = WeeklyExerciseTargetForm
    list_display = ["label", "amount_a_week", "audience", "source_column"]
    list_filter = ["category", "measure", "audience", ("source", SourceFilter)]
    list_select_related = ["source", "category"]
    search_fields = ["label", "note"]
    fieldsets = [
        (None, {"fields": ["label", "category", "audience", "order"]}),
        ("Amount a week", {"fields": [("amount", "measure"), "min_impact", "note"]}),
        (
            "Source",
            {"fields": ["source", "source_detail", "source_note_checked"]},
        ),
    ]

    @admin.display(description="amount a week", ordering="amount")
    def amount_a_week(self, obj):
        amount = f"{obj.amount} {obj.get_measure_display()}"
        if obj.min_impact is None:
            return amount
        impact = obj.get_min_impact_display().lower()
        return f"{amount}, {impact} or more"


@admin.register(ExerciseType)
class ExerciseTypeAdmin(CitedAdmin):
    list_display = ["activity", "category_list", "impact", "source_column"]
    list_filter = ["categories", "impact", "is_active", ("source", SourceFilter)]
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

    @admin.display(description="activity", ordering="name")
    def activity(self, obj):
        return named(obj.name, obj.is_active)


@admin.register(MovementToAvoid)
class MovementToAvoidAdmin(CitedAdmin):
    list_display = ["movement", "order", "source_column"]
    list_filter = [("source", SourceFilter)]
    search_fields = ["movement", "why", "instead"]
    fieldsets = [
        (None, {"fields": ["movement", "why", "instead", "order"]}),
        SOURCE_FIELDSET,
    ]


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
    """Rooms cite nothing themselves: the list shows what their items cite."""

    form = RoomForm
    list_display = ["name", "order", "item_sources"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        items = ChecklistItem.objects.select_related("source").only(
            "room_id", "source__key", "source__title"
        )
        return (
            super()
            .get_queryset(request)
            .prefetch_related(models.Prefetch("items", queryset=items))
        )

    @admin.display(description="sources of its checklist items")
    def item_sources(self, obj):
        sources = {item.source_id: item.source for item in obj.items.all()}
        if not sources:
            return "No items yet"
        return format_html_join(
            mark_safe("<br>"), "{}", ((cited(s),) for s in sources.values())
        )


@admin.register(ChecklistItem)
class ChecklistItemAdmin(CitedAdmin):
    list_display = ["item", "room", "order", "source_column"]
    list_filter = ["room", "is_active", ("source", SourceFilter)]
    list_select_related = ["source", "room"]
    search_fields = ["question", "fix"]
    fieldsets = [
        (None, {"fields": ["room", "question", "fix", "order"]}),
        SOURCE_FIELDSET,
        ("Status", {"fields": ["is_active"]}),
    ]

    @admin.display(description="question", ordering="question")
    def item(self, obj):
        return named(obj.question, obj.is_active)


@admin.register(SelfCheckStatement)
class SelfCheckStatementAdmin(CitedAdmin):
    list_display = ["number", "shown_statement", "points", "source_column"]
    list_filter = ["points", "is_active", ("source", SourceFilter)]
    search_fields = ["statement", "why"]
    fieldsets = [
        (None, {"fields": ["number", "statement", "points", "why"]}),
        SOURCE_FIELDSET,
        ("Status", {"fields": ["is_active"]}),
    ]

    @admin.display(description="statement", ordering="statement")
    def shown_statement(self, obj):
        return named(obj.statement, obj.is_active)


class SingleRowSettingsAdmin(GuidanceAdmin):
    """A ``SingleRowSettings`` model: its row can be added once, then changed.

    It is never deleted: pages show its numbers with their sources, and an empty
    value says "none set" as well as no row does. Its sources are plain selects,
    as in CitedAdmin: an empty autocomplete box fails axe.
    """

    # What a save says, instead of Django's "The … “…” was changed successfully".
    saved_message = "Saved."

    def has_add_permission(self, request):
        return not self.model.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def get_list_select_related(self, request):
        return list(self.model.load_related)

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        # Adding and changing are the only successes: there is no delete.
        if level == messages.SUCCESS:
            message = self.saved_message
        super().message_user(request, message, level, *args, **kwargs)


class HomeSafetySettingsForm(SourceNoteCheckForm):
    recheck_note_checked = note_checked(
        "The source note still describes the re-check interval"
    )
    threshold_note_checked = note_checked(
        "The source note still describes the self-check score"
    )
    note_checks = (
        (
            "recheck_note_checked",
            ("recheck_interval_months",),
            ("recheck_interval_source", "recheck_interval_source_detail"),
        ),
        (
            "threshold_note_checked",
            ("self_check_threshold",),
            ("self_check_threshold_source", "self_check_threshold_source_detail"),
        ),
    )


@admin.register(GoalSettings)
class GoalSettingsAdmin(SingleRowSettingsAdmin):
    """How far short of a goal still reads "close": a product choice."""

    saved_message = "The goal settings are saved. Pages use them from now on."
    list_display = ["__str__", "close_percent"]
    fieldsets = [
        (
            "When a goal reads “close”",
            {
                "fields": ["close_percent"],
                "description": (
                    "This is a product choice, not a clinical fact: none of the "
                    "sources sets a margin around a goal. Close is shown as "
                    "such, with what it means, and never counted as met."
                ),
            },
        )
    ]


@admin.register(HomeSafetySettings)
class HomeSafetySettingsAdmin(SingleRowSettingsAdmin):
    """The one settings row of the home-safety pages."""

    form = HomeSafetySettingsForm
    saved_message = (
        "The home-safety settings are saved. The pages use them from now on."
    )
    list_display = [
        "__str__",
        "recheck_after",
        "recheck_interval_source_column",
        "self_check_score",
        "self_check_threshold_source_column",
    ]
    fieldsets = [
        (
            "Checklist re-check",
            {
                "fields": [
                    "recheck_interval_months",
                    "recheck_interval_source",
                    "recheck_interval_source_detail",
                    "recheck_note_checked",
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
                    "threshold_note_checked",
                ],
                "description": "Applies to self-checks taken from now on; past "
                "results keep the score they were judged by.",
            },
        ),
    ]

    @admin.display(description="re-check interval source")
    def recheck_interval_source_column(self, obj):
        return cited(obj.recheck_interval_source, obj.recheck_interval_source_detail)

    @admin.display(description="re-check after")
    def recheck_after(self, obj):
        months = obj.recheck_interval_months
        return f"{months} month{'' if months == 1 else 's'}"

    @admin.display(description="self-check score")
    def self_check_score(self, obj):
        return f"{obj.self_check_threshold} or more"

    @admin.display(description="self-check score source")
    def self_check_threshold_source_column(self, obj):
        return cited(
            obj.self_check_threshold_source, obj.self_check_threshold_source_detail
        )


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
    list_display = ["tip", "topic", "order", "source_column"]
    list_filter = ["kind", "topic", "published", ("source", SourceFilter)]
    search_fields = ["title", "body"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "topic", "body"]}),
        SOURCE_FIELDSET,
        ("Publishing", {"fields": ["published", "order"]}),
    ]

    @admin.display(description="title", ordering="title")
    def tip(self, obj):
        label = f"{obj.title} ({obj.get_kind_display().lower()})"
        return named(label, obj.published, "not published")


class EstimateSettingsForm(SourceNoteCheckForm):
    source_note_checked = note_checked("The source note still describes the baseline")
    note_checks = (
        (
            "source_note_checked",
            ("other_foods_calcium_mg",),
            ("source", "source_detail"),
        ),
    )


@admin.register(EstimateSettings)
class EstimateSettingsAdmin(SingleRowSettingsAdmin):
    """The quick estimate's baseline for other foods: one row, none shipped."""

    form = EstimateSettingsForm
    saved_message = (
        "The quick estimate settings are saved. Estimates made from now on use them."
    )
    list_display = ["__str__", "other_foods_calcium_mg", "source_column"]
    fieldsets = [
        (
            "Baseline for other foods",
            {
                "fields": [
                    "other_foods_calcium_mg",
                    "source",
                    "source_detail",
                    "source_note_checked",
                ],
                "description": (
                    "None ships with the app: the sources it cites give no "
                    "baseline. Enter one only with a source you can cite; leave it "
                    "empty otherwise, and the estimate counts only the servings "
                    "users enter. Estimates already saved keep the baseline they "
                    "were saved with."
                ),
            },
        ),
    ]

    @admin.display(description="source")
    def source_column(self, obj):
        return cited(obj.source, obj.source_detail) if obj.source else "None"


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
        "medicine",
        "route",
        "schedule_list",
        "source_column",
    ]
    list_filter = ["drug_class", "route", "is_active", ("source", SourceFilter)]
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

    @admin.display(description="medicine", ordering="name")
    def medicine(self, obj):
        return named(obj.name, obj.is_active)
