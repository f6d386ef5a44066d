"""Forms for the calcium and vitamin D diary."""

from decimal import ROUND_HALF_UP, Decimal

from django import forms

from ..domain import intake, measures, units
from ..models import Food, IntakeEntry, Supplement
from ..queries import intake as queries
from .common import TOO_LONG, OneSubmissionMixin
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
        # Nothing longer than 20 characters is an amount.
        kwargs.setdefault("error_messages", {"max_length": intake.NOT_A_NUMBER})
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
        self.loggable = None  # shown beside the amount's errors, too

    def clean(self):
        """Add ``loggable``, the item with its values per serving, to the data."""
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
        cleaned["loggable"] = self.loggable
        return cleaned


class DayToLogMixin:
    """Refuse to log on ``day``, the day in the page's address, before it begins.

    ``today`` is the user's local date.
    """

    def __init__(self, *args, day, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.day, self.today = day, today

    def clean(self):
        if self.day > self.today:
            raise forms.ValidationError(FUTURE_DAY, code="future_day")
        return super().clean()


AMOUNT_HELP = (
    "Servings may be fractions: ½, 1½ or 0.25. Grams and millilitres are whole "
    "numbers, or with one decimal place, such as 12.5."
)


def amount_field():
    """The amount box: servings, grams or millilitres, as the unit says."""
    return forms.CharField(
        label="How much?",
        help_text=AMOUNT_HELP,
        max_length=20,
        # Nothing longer than 20 characters is an amount.
        error_messages={"max_length": intake.NOT_A_NUMBER},
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )


def unit_field():
    # Not required: a form without it (an old page, a script) means servings.
    return forms.ChoiceField(
        label="Measured in",
        choices=IntakeEntry.Unit.choices,
        required=False,
        initial=measures.SERVINGS,
    )


class AmountInUnitMixin:
    """An amount and the unit it is typed in (servings, g or ml); cleans the
    amount to servings, with the message next to the field at fault."""

    def offer_units(self, item_measures: measures.Measures):
        """Offer only the units the item can be logged in; with servings only,
        ask for servings as before."""
        units = item_measures.units
        unit = self.fields["unit"]
        unit.choices = [c for c in IntakeEntry.Unit.choices if c[0] in units]
        if units == (measures.SERVINGS,):
            unit.widget = forms.HiddenInput()
            self.fields["amount"].label = "How many servings?"
            self.fields["amount"].help_text = SERVINGS_HELP

    def clean_amount_in_unit(self, cleaned, item_measures: measures.Measures):
        text = cleaned.get("amount")
        unit = cleaned.get("unit") or measures.SERVINGS
        cleaned["unit"] = unit
        if text is None:
            return cleaned
        try:
            cleaned["amount"] = measures.servings_in(text, unit, item_measures)
        except intake.ServingsError as error:
            field = "unit" if error.code == "no_size" else "amount"
            self.add_error(field, forms.ValidationError(error.message, code=error.code))
        return cleaned


class EntryForm(OneSubmissionMixin, DayToLogMixin, AmountInUnitMixin, ItemForm):
    """Log an amount of one food or supplement on a day, in servings, grams or
    (drinks) millilitres."""

    amount = amount_field()
    unit = unit_field()

    def clean(self):
        cleaned = super().clean()
        self.offer_units(self.loggable.measures)
        return self.clean_amount_in_unit(cleaned, self.loggable.measures)


class EntryEditForm(AmountInUnitMixin, FocusFirstErrorMixin, forms.ModelForm):
    """Change how much of an entry was eaten, in any unit it can be measured in;
    its values per serving and its serving's size stay as logged."""

    amount = amount_field()
    unit = unit_field()

    class Meta:
        model = IntakeEntry
        fields = ["amount"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        entry = self.instance
        self.offer_units(entry.measures)
        self.initial["unit"] = entry.unit
        if entry.amount is not None:
            self.initial["amount"] = measures.amount_in(
                entry.amount, entry.unit, entry.measures
            )

    def clean(self):
        cleaned = super().clean()
        return self.clean_amount_in_unit(cleaned, self.instance.measures)


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
            initial = units.iu_to_mcg(self.instance.vitamin_d_iu or 0).normalize()
        else:
            field = forms.IntegerField(min_value=0)
            initial = self.instance.vitamin_d_iu or 0
        field.label = f"{self.vitamin_d_label} ({units.unit_symbol(unit)})"
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

    def clean(self):
        """Give the vitamin D, cleaned to IU, the name it is stored under."""
        cleaned = super().clean()
        if "vitamin_d" in cleaned:
            cleaned["vitamin_d_iu"] = cleaned.pop("vitamin_d")
        return cleaned

    def clean_calcium_mg(self):
        value = self.cleaned_data["calcium_mg"]
        if value is not None and value > MAX_PER_SERVING:
            raise forms.ValidationError(TOO_BIG, code="too_big")
        return value


class OwnFoodForm(
    OneSubmissionMixin, FocusFirstErrorMixin, VitaminDInUnitMixin, forms.ModelForm
):
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
        error_messages = {
            "name": {"max_length": TOO_LONG},
            "serving": {"max_length": TOO_LONG},
        }

    def __init__(self, *args, unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_vitamin_d_field(unit)
        self.order_fields(["name", "serving", "calcium_mg", "vitamin_d"])


class OwnSupplementForm(
    OneSubmissionMixin, FocusFirstErrorMixin, VitaminDInUnitMixin, forms.ModelForm
):
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
        error_messages = {
            "name": {"max_length": TOO_LONG},
            "dose": {"max_length": TOO_LONG},
        }

    def __init__(self, *args, unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_vitamin_d_field(unit)
        if not self.instance.pk:
            self.initial.setdefault("dose", "1 tablet")


# --- Quick estimate ---------------------------------------------------------


class EstimateForm(FocusFirstErrorMixin, DayToLogMixin, forms.Form):
    """Servings of each estimate line; a line whose food is gone is not asked."""

    def __init__(self, *args, lines, **kwargs):
        super().__init__(*args, **kwargs)
        self.lines = lines
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
        cleaned = super().clean()  # a future day first
        if not self.lines:
            raise forms.ValidationError(
                "The foods the estimate counts are not in the food list, so no "
                "estimate can be made.",
                code="no_lines",
            )
        return cleaned


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


class CopyDayForm(DayToLogMixin, forms.Form):
    """Copy the previous day's entries to a day: only the day needs checking."""
