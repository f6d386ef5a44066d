"""Forms for the calcium and vitamin D diary."""

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from django import forms

from ..domain import intake, units
from ..models import Favourite, Food, IntakeEntry, IntakeEstimate, Supplement
from ..queries import intake as queries
from .dates import DateInput, check_day, limit_to_past

FUTURE_DAY = (
    "You can't log a day that hasn't happened yet. Pick today or an earlier day."
)
GONE = (
    "That item is no longer in the list, so it can't be logged. Search for it again, "
    "or pick another."
)
# The largest value an integer column holds on every database we support.
MAX_PER_SERVING = 2_147_483_647
TOO_BIG = "That is more than any label shows. Check the number."


class ServingsField(forms.CharField):
    """A number of servings typed as 1, ½, 1½ or 0.25; cleans to a Decimal."""

    def __init__(self, *, allow_zero=False, **kwargs):
        self.allow_zero = allow_zero
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault(
            "widget",
            forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        )
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return intake.format_servings(value)
        return value

    def clean(self, value):
        text = super().clean(value)
        if text in self.empty_values and self.allow_zero:
            return Decimal(0)
        try:
            return intake.parse_servings(text, allow_zero=self.allow_zero)
        except intake.ServingsError as error:
            raise forms.ValidationError(error.message, code=error.code) from None


SERVINGS_HELP = "Fractions are fine: ½, 1½ or 0.25."


class FocusFirstErrorMixin:
    """After a failed submit, put the cursor in the first field to fix.

    The page reloads, so without this a keyboard user starts again at the top.
    """

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields and not self.fields[name].widget.is_hidden:
                self.fields[name].widget.attrs["autofocus"] = True
                break


class ItemForm(FocusFirstErrorMixin, forms.Form):
    """Names one food or supplement the user may log: catalogue or their own, active."""

    kind = forms.ChoiceField(choices=IntakeEntry.Kind.choices, widget=forms.HiddenInput)
    item = forms.IntegerField(min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.loggable = None

    def clean(self):
        cleaned = super().clean()
        kind, pk = cleaned.get("kind"), cleaned.get("item")
        if kind is None or pk is None:
            raise forms.ValidationError(GONE, code="no_item")
        if kind == IntakeEntry.Kind.FOOD:
            food = queries.available_foods(self.user).filter(pk=pk).first()
            self.loggable = food and queries.loggable_food(food)
        else:
            supplement = queries.available_supplements(self.user).filter(pk=pk).first()
            self.loggable = supplement and queries.loggable_supplement(supplement)
        if self.loggable is None:
            raise forms.ValidationError(GONE, code="gone")
        return cleaned


class EntryForm(ItemForm):
    """Log an amount of one food or supplement on a day."""

    amount = ServingsField(label="How many servings?", help_text=SERVINGS_HELP)

    def __init__(self, *args, day, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.day = day
        self.today = today

    def clean(self):
        if self.day > self.today:
            raise forms.ValidationError(FUTURE_DAY, code="future_day")
        return super().clean()

    def save(self):
        return create_entry(
            self.user, self.day, self.loggable, self.cleaned_data["amount"]
        )


def create_entry(user, day, loggable, amount, *, save=True):
    """Return a new entry for ``amount`` servings of ``loggable``, its values copied."""
    entry = IntakeEntry(
        user=user,
        day=day,
        kind=loggable.kind,
        food_id=loggable.pk if loggable.kind == IntakeEntry.Kind.FOOD else None,
        supplement_id=(
            loggable.pk if loggable.kind == IntakeEntry.Kind.SUPPLEMENT else None
        ),
        name=loggable.name,
        serving=loggable.serving,
        amount=amount,
        calcium_mg_per_serving=loggable.calcium_mg,
        vitamin_d_iu_per_serving=loggable.vitamin_d_iu,
        calcium_mg=intake.scale(loggable.calcium_mg, amount),
        vitamin_d_iu=intake.scale(loggable.vitamin_d_iu, amount),
        low_absorption=loggable.low_absorption,
    )
    if save:
        entry.save()
    return entry


class EntryEditForm(FocusFirstErrorMixin, forms.ModelForm):
    """Change how much of an entry was eaten; its values per serving stay as logged."""

    amount = ServingsField(label="How many servings?", help_text=SERVINGS_HELP)

    class Meta:
        model = IntakeEntry
        fields = ["amount"]

    def save(self, commit=True):
        entry = super().save(commit=False)
        entry.calcium_mg = intake.scale(entry.calcium_mg_per_serving, entry.amount)
        entry.vitamin_d_iu = intake.scale(entry.vitamin_d_iu_per_serving, entry.amount)
        if commit:
            entry.save(update_fields=["amount", "calcium_mg", "vitamin_d_iu"])
        return entry


class DayPickerForm(FocusFirstErrorMixin, forms.Form):
    day = forms.DateField(
        label="Go to a day",
        widget=DateInput,
        error_messages={"invalid": "Enter a date like 2026-11-25."},
    )

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        limit_to_past(self.fields["day"], today)

    def clean_day(self):
        return check_day(self.cleaned_data["day"], self.today)


# --- Own foods and supplements ----------------------------------------------


class VitaminDInUnitMixin:
    """Adds a vitamin D field in the user's unit (IU or µg), stored in IU."""

    vitamin_d_label = "Vitamin D"

    def add_vitamin_d_field(self, unit):
        self.unit = unit
        if unit == units.MCG:
            field = forms.DecimalField(
                min_value=0, max_digits=12, decimal_places=3, label_suffix=""
            )
            suffix = "µg"
            initial = units.iu_to_mcg(self.instance.vitamin_d_iu or 0).normalize()
        else:
            field = forms.IntegerField(min_value=0)
            suffix = "IU"
            initial = self.instance.vitamin_d_iu or 0
        field.label = f"{self.vitamin_d_label} ({suffix})"
        field.help_text = "Enter 0 if the label shows none. 1 µg is 40 IU."
        field.widget.attrs["inputmode"] = "decimal" if unit == units.MCG else "numeric"
        field.initial = initial
        self.fields["vitamin_d"] = field

    def clean_vitamin_d(self):
        value = self.cleaned_data["vitamin_d"]
        if self.unit == units.MCG:
            value = int(
                units.mcg_to_iu(value).quantize(Decimal(1), rounding=ROUND_HALF_UP)
            )
        if value > MAX_PER_SERVING:
            raise forms.ValidationError(TOO_BIG, code="too_big")
        return value

    def clean_calcium_mg(self):
        value = self.cleaned_data["calcium_mg"]
        if value is not None and value > MAX_PER_SERVING:
            raise forms.ValidationError(TOO_BIG, code="too_big")
        return value


class OwnFoodForm(FocusFirstErrorMixin, VitaminDInUnitMixin, forms.ModelForm):
    vitamin_d_label = "Vitamin D per serving"

    class Meta:
        model = Food
        fields = ["name", "serving", "calcium_mg", "low_absorption"]
        labels = {
            "name": "Name",
            "serving": "One serving is",
            "calcium_mg": "Calcium per serving (mg)",
            "low_absorption": "Poorly absorbed calcium (like spinach)",
        }
        help_texts = {
            "name": "As you would search for it, e.g. “Oat milk, my brand”.",
            "serving": "e.g. 1 cup, 1 slice, 1 pot.",
            "calcium_mg": "From the label's Nutrition Facts.",
            "low_absorption": (
                "Tick for foods high in oxalate, such as spinach, rhubarb, Swiss chard "
                "and beet greens: the diary shows their calcium but does not count it."
            ),
        }
        widgets = {"calcium_mg": forms.NumberInput(attrs={"inputmode": "numeric"})}

    def __init__(self, *args, user, unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.add_vitamin_d_field(unit)
        self.order_fields(["name", "serving", "calcium_mg", "vitamin_d"])

    def save(self, commit=True):
        food = super().save(commit=False)
        food.owner = self.user
        food.vitamin_d_iu = self.cleaned_data["vitamin_d"]
        if commit:
            food.save()
        return food


class OwnSupplementForm(FocusFirstErrorMixin, VitaminDInUnitMixin, forms.ModelForm):
    vitamin_d_label = "Vitamin D per dose"

    class Meta:
        model = Supplement
        fields = ["name", "dose", "calcium_mg"]
        labels = {
            "name": "Name",
            "dose": "One dose is",
            "calcium_mg": "Elemental calcium per dose (mg)",
        }
        help_texts = {
            "name": "e.g. the brand and strength on the bottle.",
            "dose": "e.g. 1 tablet, 2 chews.",
            "calcium_mg": (
                "Copy the calcium from the Supplement Facts box: that is elemental "
                "calcium, the calcium itself, which weighs less than the compound it "
                "comes in (1,250 mg of calcium carbonate holds 500 mg of calcium)."
            ),
        }
        widgets = {"calcium_mg": forms.NumberInput(attrs={"inputmode": "numeric"})}

    def __init__(self, *args, user, unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.add_vitamin_d_field(unit)
        if not self.instance.pk:
            self.initial.setdefault("dose", "1 tablet")

    def save(self, commit=True):
        supplement = super().save(commit=False)
        supplement.owner = self.user
        supplement.vitamin_d_iu = self.cleaned_data["vitamin_d"]
        if commit:
            supplement.save()
        return supplement


# --- Quick estimate ---------------------------------------------------------


class EstimateForm(FocusFirstErrorMixin, forms.Form):
    """Servings of each estimate line; a line whose food is gone is not asked."""

    def __init__(self, *args, user, day, today, lines, baseline_calcium_mg, **kwargs):
        super().__init__(*args, **kwargs)
        self.user, self.day, self.today = user, day, today
        self.lines = lines
        self.baseline_calcium_mg = baseline_calcium_mg
        for line_food in lines:
            food = line_food.food
            self.fields[line_food.line.key] = ServingsField(
                allow_zero=True,
                required=False,
                label=line_food.line.label,
                help_text=(
                    f"Each counts as {food.serving} of {food.name}: "
                    f"{food.calcium_mg:,} mg calcium. Leave 0 if none."
                ),
                initial=Decimal(0),
            )

    def clean(self):
        if self.day > self.today:
            raise forms.ValidationError(FUTURE_DAY, code="future_day")
        if not self.lines:
            raise forms.ValidationError(
                "The foods the estimate counts are not in the food list, so no "
                "estimate can be made.",
                code="no_lines",
            )
        return super().clean()

    def save(self):
        servings = {
            line_food.line.key: self.cleaned_data[line_food.line.key]
            for line_food in self.lines
        }
        per_serving = {
            line_food.line.key: intake.PerServing(
                line_food.food.calcium_mg, line_food.food.vitamin_d_iu
            )
            for line_food in self.lines
        }
        estimate = intake.estimate_from_servings(
            per_serving, servings, self.baseline_calcium_mg
        )
        # A line not asked (its food retired) is saved as 0 servings.
        counts = {
            f"{line.key}_servings": servings.get(line.key, Decimal(0))
            for line in intake.ESTIMATE_LINES
        }
        saved, _ = IntakeEstimate.objects.update_or_create(
            user=self.user,
            day=self.day,
            defaults={
                **counts,
                "calcium_mg": estimate.calcium_mg,
                "vitamin_d_iu": estimate.vitamin_d_iu,
                "baseline_calcium_mg": self.baseline_calcium_mg,
            },
        )
        return saved


STAR_AGAIN = "Nothing changed. Tap Favourite again."


class FavouriteForm(ItemForm):
    """Star a food or supplement (``starred=1``), or remove its star (``0``).

    The button says which, so a double tap asks for the same thing twice and
    gets it once, rather than starring and then unstarring.
    """

    starred = forms.TypedChoiceField(
        choices=[("1", "Star"), ("0", "Remove the star")],
        coerce=lambda value: value == "1",
        widget=forms.HiddenInput,
        error_messages={"required": STAR_AGAIN, "invalid_choice": STAR_AGAIN},
    )

    def save(self):
        """Return True if the item is now a favourite."""
        key = (
            {"food_id": self.loggable.pk}
            if self.loggable.kind == IntakeEntry.Kind.FOOD
            else {"supplement_id": self.loggable.pk}
        )
        if not self.cleaned_data["starred"]:
            Favourite.objects.filter(user=self.user, **key).delete()
            return False
        # get_or_create retries its read when a tap in flight inserted the row
        # first, instead of failing on the unique constraint.
        Favourite.objects.get_or_create(user=self.user, **key)
        return True


@dataclass(frozen=True)
class CopyPlan:
    """What copying the previous day's entries to a day would do."""

    to_copy: list[IntakeEntry]
    already: int  # on the day already, with the same item and amount
    gone: int  # retired or deleted since: they can't be newly logged


def plan_copy(previous: list[IntakeEntry], present: list[IntakeEntry]) -> CopyPlan:
    """Match the previous day's entries against the day's, each used once.

    Copying twice (a double tap, or coming back later) adds nothing the second
    time; two entries of a cup of milk need two on the day. Entries need their
    food and supplement loaded.
    """
    on_the_day = Counter((e.kind, e.item_id, e.amount) for e in present if e.item_id)
    to_copy, already, gone = [], 0, 0
    for entry in previous:
        key = (entry.kind, entry.item_id, entry.amount)
        if on_the_day[key] > 0:
            on_the_day[key] -= 1
            already += 1
        elif not entry.can_repeat:
            gone += 1
        else:
            to_copy.append(entry)
    return CopyPlan(to_copy, already, gone)


class CopyDayForm(forms.Form):
    """Copy the previous day's entries to a day, with today's values for each item.

    Entries already on the day, and items retired or deleted since, are skipped.
    """

    def __init__(self, *args, user, day, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.user, self.day, self.today = user, day, today
        self.plan = None

    def clean(self):
        if self.day > self.today:
            raise forms.ValidationError(FUTURE_DAY, code="future_day")
        return super().clean()

    def save(self):
        self.plan = plan_copy(
            queries.entries_to_copy(self.user, self.day - timedelta(days=1)),
            queries.entries_on(self.user, self.day),
        )
        copied = [
            create_entry(
                self.user,
                self.day,
                queries.loggable_food(entry.food)
                if entry.food
                else queries.loggable_supplement(entry.supplement),
                entry.amount,
                save=False,
            )
            for entry in self.plan.to_copy
        ]
        IntakeEntry.objects.bulk_create(copied)
        return copied
