"""Bahasa Indonesia for the texts Typer and its bundled Click print on their own.

Typer ≥ 0.2x bundles its own copy of Click whose messages are plain f-strings (no gettext
domain to ship a catalogue for), so the translation happens where the texts leave the
library: every usage error's ``format_message`` (one table of patterns below, so a new
Click wording that slips through is easy to add and a test catches it), the usage line
prefix, the help option's text, the panel titles and hints of Typer's rich formatter, and
the ``<int>``/``<bool>`` type labels of the help (flags show none). :func:`install` is
idempotent and is called once when the app is built.

Option names follow one rule, applied here for every option (no per-command code): an
option's *first* long name is its name, in Bahasa Indonesia; any further long names in its
declaration are English aliases (``typer.Option("--keluaran", "-o", "--output")``) that the
parser still accepts, for scripts and CI, but that help, usage errors, "did you mean"
suggestions and shell completion never show. The help option and Typer's completion
options get Indonesian names the same way (:data:`HELP_OPTION_NAMES`, :data:`COMPLETION_NAMES`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, cast

#: (pattern, replacement) applied in order to every usage-error message (with :data:`re.S`); patterns are
#: anchored on Click's wording and keep the quoted names/values as they were given. Compiled where a message is
#: translated (``re``'s cache), not at import: most runs print no usage error (speed21, h37)
MESSAGES: tuple[tuple[str, str], ...] = (
    (r"No such option: (\S+?)\s*Did you mean (\S+?)\?", r"Opsi \1 tidak dikenal. Maksud Anda \2?"),
    (r"No such option: (\S+)", r"Opsi \1 tidak dikenal."),
    (r"\(Possible options: (.*?)\)", r"(opsi yang mirip: \1)"),
    (r"No such command '(.+?)'\.?\s*Did you mean (.+?)\?", r"Perintah '\1' tidak dikenal. Maksud Anda \2?"),
    (r"No such command '(.+?)'\.", r"Perintah '\1' tidak dikenal."),
    (r"Missing command\.", "Perintah belum diberikan."),
    (r"Missing argument (\S+)\.", r"Argumen \1 belum diberikan."),
    (r"Missing option (.+?)\.$", r"Opsi \1 wajib diisi."),  # '--keluaran' / '-o' too
    (r"Missing parameter: (\S+)", r"Parameter \1 belum diberikan."),
    (r"Missing (\w+) (\S+)\.", r"\1 \2 belum diberikan."),
    (r"Value error, ", ""),
    (r"Invalid value for (.+?): ", r"Nilai tidak valid untuk \1: "),
    (r"Invalid value: ", "Nilai tidak valid: "),
    (r"Option (\S+) requires an argument\.", r"Opsi \1 memerlukan nilai."),
    (r"Option (\S+) requires (\d+) arguments\.", r"Opsi \1 memerlukan \2 nilai."),
    (r"Option (\S+) does not take a value\.", r"Opsi \1 tidak menerima nilai."),
    (r"Got unexpected extra argument(?:\(s\)|s)? \((.*)\)", r"Argumen berlebih yang tidak dikenal: \1"),
    (r"Value (.+?) is not a valid integer( range)?\.", r"\1 bukan bilangan bulat."),
    (r"Value (.+?) is not a valid float( range)?\.", r"\1 bukan angka."),
    (r"Value (.+?) is not a valid (\w+)\.", r"\1 bukan nilai \2 yang sah."),
    (r"(.+?) is not a valid integer\.", r"\1 bukan bilangan bulat."),
    (r"(.+?) is not a valid float\.", r"\1 bukan angka."),
    (r"(.+?) is not a valid boolean\.", r"\1 bukan ya/tidak."),
    (r"(.+?) is not one of (.+?)\.$", r"\1 bukan salah satu dari \2."),
    (r"(.+?) is not in the range (.+?)\.$", r"\1 di luar rentang \2."),
    (r"(.+?) is not (?:a valid )?(.+?) range\.", r"\1 di luar rentang \2."),
    (r"(.+?) does not match the formats? (.+?)\.$", r"\1 tidak cocok dengan format \2."),
    (r"Input should be a valid integer[^\n]*", "Nilai harus berupa bilangan bulat."),
    (r"Input should be a valid number[^\n]*", "Nilai harus berupa angka."),
    (r"Input should be a valid (\w+)[^\n]*", r"Nilai harus berupa \1 yang sah."),
    (r"Input should be greater than or equal to (\S+)", r"Nilai minimal \1."),
    (r"Input should be less than or equal to (\S+)", r"Nilai maksimal \1."),
    (r"Input should be greater than (\S+)", r"Nilai harus lebih dari \1."),
    (r"Input should be less than (\S+)", r"Nilai harus kurang dari \1."),
    (r"Input should be (.+)", r"Nilai harus \1"),
    # click writes the kind capitalised or not ("path 'x' is not readable.")
    (r"^([Ff]ile|[Pp]ath|[Dd]irectory) (.+?) does not exist\.", r"\1 \2 tidak ada."),
    (r"^([Ff]ile|[Pp]ath|[Dd]irectory) (.+?) is a file\.", r"\1 \2 adalah berkas, bukan folder."),
    (r"^([Ff]ile|[Pp]ath|[Dd]irectory) (.+?) is a directory\.", r"\1 \2 adalah folder, bukan berkas."),
    (r"^([Ff]ile|[Pp]ath|[Dd]irectory) (.+?) is not readable\.", r"\1 \2 tidak dapat dibaca."),
    (r"^([Ff]ile|[Pp]ath|[Dd]irectory) (.+?) is not writable\.", r"\1 \2 tidak dapat ditulisi."),
    (r"Could not open file (.+?): ", r"Berkas \1 tidak dapat dibuka: "),
    (r"Value must be an iterable\.", "Nilai harus berupa daftar."),
    (r"^[Ff]ile ", "Berkas "),
    (r"^[Pp]ath ", "Berkas "),
    (r"^[Dd]irectory ", "Folder "),
)
#: type labels of the help (``<int>``) → Indonesian words; ``%Y-%m-%d`` → ``YYYY-MM-DD``
TYPE_WORDS: dict[str, str] = {
    "int": "angka",
    "integer": "angka",
    "float": "desimal",
    "text": "teks",
    "str": "teks",
    "string": "teks",
    "path": "berkas",
    "file": "berkas",
    "filename": "berkas",
    "directory": "folder",
    "datetime": "tanggal",
    "bool": "ya/tidak",
    "boolean": "ya/tidak",
    "choice": "pilihan",
}
_FORMATS = (("%Y", "YYYY"), ("%m", "MM"), ("%d", "DD"), ("%H", "JJ"), ("%M", "mm"), ("%S", "dd"))
USAGE_PREFIX = "Pemakaian: "
#: the help option's names: ``-h`` and ``--bantuan`` shown, ``--help`` accepted (the first long name is shown)
HELP_OPTION_NAMES = ["-h", "--bantuan", "--help"]
#: Typer's completion options under Indonesian names; the English names stay accepted
COMPLETION_NAMES = {"--install-completion": "--pasang-pelengkapan", "--show-completion": "--tampilkan-pelengkapan"}
HELP_OPTION_TEXT = "Tampilkan bantuan ini lalu keluar."
PANELS = {
    "ARGUMENTS_PANEL_TITLE": "Argumen",
    "OPTIONS_PANEL_TITLE": "Opsi",
    "COMMANDS_PANEL_TITLE": "Perintah",
    "ERRORS_PANEL_TITLE": "Kesalahan",
    "DEFAULT_STRING": "[bawaan: {}]",
    "ENVVAR_STRING": "[variabel lingkungan: {}]",
    "REQUIRED_LONG_STRING": "[wajib]",
    "DEPRECATED_STRING": "(usang) ",
    "ABORTED_TEXT": "Dibatalkan.",
    "RICH_HELP": "Coba [blue]'{command_path} {help_option}'[/] untuk bantuan.",
}
#: help of Typer's completion options (``--install-completion`` / ``--show-completion``)
COMPLETION_HELP = {
    "Install completion for the current shell.": "Pasang pelengkapan otomatis (tab) untuk shell ini.",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "Tampilkan skrip pelengkapan otomatis untuk shell ini, untuk disalin atau dipasang sendiri."
    ),
    "Install completion for the specified shell.": "Pasang pelengkapan otomatis (tab) untuk shell yang disebut.",
    "Show completion for the specified shell, to copy it or customize the installation.": (
        "Tampilkan skrip pelengkapan otomatis untuk shell yang disebut, untuk disalin atau dipasang sendiri."
    ),
}
_installed = False


def translate_message(text: str) -> str:
    """Return a Click/Typer usage-error message in Bahasa Indonesia (unknown wording passes through)."""
    for pattern, replacement in MESSAGES:
        text = re.sub(pattern, replacement, text, flags=re.S)
    text = _STRPTIME().sub(lambda m: date_format(m.group(0)), text)
    return _NO_SUCH_DATE().sub(lambda m: _impossible_date(m) or m.group(0), text)


#: a date option's value that has a format's shape but is no day of the calendar ("31-02-2027"): Click says it does
#: not match the formats, which reads as a typing error
@functools.cache
def _NO_SUCH_DATE() -> re.Pattern[str]:
    return re.compile(r"'(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})' tidak cocok dengan format [^.]*\.")


_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember")  # fmt: skip


def _impossible_date(match: re.Match[str]) -> str | None:
    """ "Tanggal '31-02-2027' tidak ada: Februari 2027 hanya 28 hari." for a well-formed day that does not exist."""
    import calendar

    first, _, middle, last = match.groups()
    day, month, year = (int(last), int(middle), int(first)) if len(first) == 4 else (int(first), int(middle), int(last))
    if len(str(year)) != 4 or not 1 <= month <= 12:
        return None
    days = calendar.monthrange(year, month)[1]
    if 1 <= day <= days:
        return None
    value = match.group(0).split("'")[1]
    if day < 1:
        return f"Tanggal '{value}' tidak ada: hari ke-0 tidak ada di kalender."
    return f"Tanggal '{value}' tidak ada: {_MONTHS[month - 1]} {year} hanya {days} hari."


@functools.cache
def _STRPTIME() -> re.Pattern[str]:
    return re.compile(r"%[YmdHMS](?:[-/.: ]?%[YmdHMS])*")


def date_format(fmt: str) -> str:
    """``%d-%m-%Y`` → ``DD-MM-YYYY`` (how the help and messages show date formats)."""
    for code, word in _FORMATS:
        fmt = fmt.replace(code, word)
    return fmt


def translate_type(label: str | None) -> str | None:
    """Return a help type label (``<int>``, ``<%Y-%m-%d>``, ``<int range>``) in Indonesian words."""
    if label is None:
        return None
    inner = label[1:-1] if label.startswith("<") and label.endswith(">") else label
    for fmt, word in _FORMATS:
        inner = inner.replace(fmt, word)
    inner = re.sub(r"\blist\[(.*)\]", r"\1", inner)  # a repeatable option: its help says "boleh berulang"
    parts = re.split(r"(\W+)", inner)
    inner = "".join(TYPE_WORDS.get(p.casefold(), p) for p in parts)
    # "<angka, rentang>" read as if a range were typed: the range is said beside it (:func:`range_words`), walk8
    inner = inner.replace(" range", "")
    return f"<{inner}>" if label.startswith("<") else inner


def range_words(low: float | None, high: float | None) -> str | None:
    """An option's accepted numbers in words (``paling kecil 1``, ``0–1.200``), not Click's ``x>=1``/``0<=x<=1200``."""

    def num(v: float) -> str:
        return f"{v:,}".replace(",", ".")

    if low is not None and high is not None:
        return f"{num(low)}–{num(high)}"
    if low is not None:
        return f"paling kecil {num(low)}"
    return f"paling besar {num(high)}" if high is not None else None


def _wrap_range(cls: type) -> None:
    original = cls.__dict__.get("_get_number_range_help_str")
    if original is None or getattr(original, "_asn_mutasi_i18n", False):
        return

    def number_range(self: Any) -> str | None:
        return range_words(getattr(self, "min", None), getattr(self, "max", None))

    number_range._asn_mutasi_i18n = True  # type: ignore[attr-defined]
    cls._get_number_range_help_str = number_range  # type: ignore[attr-defined]


def translate_usage(args: str) -> str:
    """Click's usage pieces (``[OPTIONS]``, ``COMMAND [ARGS]...``) in Indonesian words."""
    return args.replace("[OPTIONS]", "[OPSI]").replace("COMMAND [ARGS]...", "PERINTAH [ARGUMEN]...")


def _wrap_format_message(cls: type) -> None:
    original = cls.__dict__.get("format_message")
    if original is None or getattr(original, "_asn_mutasi_i18n", False):
        return

    def format_message(self: Any) -> str:
        return translate_message(original(self))

    format_message._asn_mutasi_i18n = True  # type: ignore[attr-defined]
    cls.format_message = format_message  # type: ignore[attr-defined]


def _wrap_display(cls: type) -> None:
    original: Callable[..., str | None] | None = cls.__dict__.get("display_type_rich")
    if original is None or getattr(original, "_asn_mutasi_i18n", False):
        return

    def display_type_rich(self: Any, ctx: Any) -> str | None:
        if getattr(self, "is_flag", False) or getattr(self, "count", False):
            return None  # a flag takes no value: no <bool> beside it
        if getattr(self, "metavar", None) is not None:
            # an argument's metavar is already its name in the first column: no second PEGAWAI beside it
            return None if getattr(self, "param_type_name", "") == "argument" else str(self.metavar)
        return translate_type(original(self, ctx))

    display_type_rich._asn_mutasi_i18n = True  # type: ignore[attr-defined]
    cls.display_type_rich = display_type_rich  # type: ignore[attr-defined]


def install() -> None:
    """Put the Indonesian texts into Typer/Click (idempotent)."""
    global _installed
    if _installed:
        return
    import typer.core as typer_core
    from typer import _click
    from typer import exceptions as typer_exceptions
    from typer._click import decorators, exceptions, formatting

    _when_imported("typer.rich_utils", _install_rich_texts)
    for module in (typer_exceptions, exceptions):
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, BaseException):
                _wrap_format_message(obj)
    for cls in (typer_core._TyperParameter, typer_core.TyperOption, typer_core.TyperArgument):
        _wrap_display(cls)
        _wrap_range(cls)

    write_usage = formatting.HelpFormatter.write_usage

    def write_usage_id(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, translate_usage(args), USAGE_PREFIX if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = write_usage_id  # type: ignore[method-assign]

    help_option = decorators.help_option

    def help_option_id(param_decls: list[str]) -> Callable[[Any], Any]:
        # Click hands the names over as an unordered set: put the Indonesian long name first
        add = help_option(sorted(param_decls, key=_help_rank))

        def decorator(command: Any) -> Any:
            command = add(command)
            command.params[-1].help = HELP_OPTION_TEXT
            return command

        return decorator

    decorators.help_option = help_option_id

    show = exceptions.UsageError.show

    def show_id(self: Any, file: Any = None) -> None:  # plain (non-rich) path: "Error:" and "Try … for help."
        import io

        buffer = io.StringIO()
        show(self, buffer)
        text = buffer.getvalue()
        text = re.sub(r"Try '(.+?)' for help\.", r"Coba '\1' untuk bantuan.", text)
        text = text.replace("Error: ", "Kesalahan: ").replace("Usage: ", USAGE_PREFIX)
        _click.echo(text, file=file, err=file is None, nl=False)

    exceptions.UsageError.show = show_id  # type: ignore[method-assign]
    _install_hidden_aliases()
    _install_completion_texts()
    _installed = True


def _install_rich_texts(rich_utils: Any) -> None:
    """The panel titles and hints of Typer's rich formatter, and its usage-line highlighter, in Bahasa Indonesia;
    its consoles (help, usage errors) are ours, quiet on a closed pipe (:func:`asn_mutasi.cli.console.console_type`:
    ``--bantuan | head -1`` exited 1, a usage error on a closed stderr exited 1 instead of 2)."""
    from asn_mutasi.cli.console import console_type

    rich_utils.Console = console_type()
    for name, text in PANELS.items():
        setattr(rich_utils, name, text)
    rich_utils.OptionHighlighter.highlights = [
        h.replace("Usage: ", USAGE_PREFIX) for h in rich_utils.OptionHighlighter.highlights
    ]
    for name in ("highlighter", "negative_highlighter"):
        plain = getattr(rich_utils, name, None)
        if callable(plain):
            setattr(rich_utils, name, _folding(plain))


def _folding(highlight: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A highlighter whose option names fold onto a second line in a narrow help panel: on an 80-column terminal
    rich cut them ("--maks-pindah-pe…"), and the analyst could not read the option to type."""

    def fold(text: Any) -> Any:
        out = highlight(text)
        if hasattr(out, "overflow"):
            out.overflow = "fold"
        return out

    return fold


def _when_imported(name: str, then: Callable[[Any], None]) -> None:
    """Call ``then(module)`` once module ``name`` is imported: now if it is, else right after its import.

    Typer imports its rich formatter (``typer.rich_utils``, with rich's markdown renderer:
    ~60 ms) only when it prints help or an error; a command that runs without either never
    pays for it, and its texts are still Indonesian whenever it is used.
    """
    import sys

    module = sys.modules.get(name)
    if module is not None:
        then(module)
    else:
        sys.meta_path.insert(0, _AfterImport(name, then))


class _AfterImport:
    """A meta-path finder that lets the normal import of one module happen, then calls a function on it."""

    def __init__(self, name: str, then: Callable[[Any], None]) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != self.name:
            return None
        import importlib.util
        import sys

        sys.meta_path.remove(self)  # once: the module's own finder from here on
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
            spec.loader = cast(Any, _ThenLoader(spec.loader, self.then))
        return spec


class _ThenLoader:
    """Load a module with its own loader, then call ``then`` on it."""

    def __init__(self, loader: Any, then: Callable[[Any], None]) -> None:
        self.loader, self.then = loader, then

    def create_module(self, spec: Any) -> Any:
        return self.loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        self.loader.exec_module(module)
        self.then(module)

    def __getattr__(self, name: str) -> Any:  # get_source, get_filename … for tracebacks and inspect
        return getattr(self.loader, name)


def _help_rank(name: str) -> int:
    return HELP_OPTION_NAMES.index(name) if name in HELP_OPTION_NAMES else len(HELP_OPTION_NAMES)


def hidden_aliases(param: Any) -> list[str]:
    """The English alias names an option accepts but never shows (``[]`` for none)."""
    return list(getattr(param, "hidden_aliases", None) or [])


def _install_hidden_aliases() -> None:
    """Only an option's first long name is shown; its further long names are accepted, hidden aliases.

    The names are split when the option is built (``_parse_decls``), so everything that lists
    ``param.opts`` (rich and plain help, error hints such as "Nilai tidak valid untuk
    '--keluaran'", shell completion) sees only the Indonesian names; the parser gets the
    aliases too (``add_to_parser``, and completion when it completes an option's value), and
    a "did you mean" suggestion that lands on an alias names the option's Indonesian name instead.
    """
    from typer._click import exceptions
    from typer.core import TyperOption

    parse_decls = TyperOption._parse_decls
    add_to_parser = TyperOption.add_to_parser

    def parse_decls_id(self: Any, decls: Any, expose_value: bool) -> tuple[str, list[str], list[str]]:
        name, opts, secondary = parse_decls(self, decls, expose_value)
        aliases = [o for o in opts if o.startswith("--")][1:]
        self.hidden_aliases = aliases
        return name, [o for o in opts if o not in aliases], secondary

    def add_to_parser_id(self: Any, parser: Any, ctx: Any) -> None:
        shown = self.opts
        self.opts = [*shown, *hidden_aliases(self)]
        try:
            add_to_parser(self, parser, ctx)
        finally:
            self.opts = shown

    TyperOption._parse_decls = parse_decls_id  # type: ignore[method-assign]
    TyperOption.add_to_parser = add_to_parser_id  # type: ignore[method-assign]

    no_such_option = exceptions.NoSuchOption.__init__

    def no_such_option_id(
        self: Any, option_name: str, message: str | None = None, possibilities: Any = None, ctx: Any = None
    ) -> None:
        if possibilities and ctx is not None:
            possibilities = _shown_names(ctx, possibilities)
        no_such_option(self, option_name, message, possibilities, ctx)

    exceptions.NoSuchOption.__init__ = no_such_option_id  # type: ignore[method-assign]

    from typer._click import shell_completion

    is_incomplete_option = shell_completion._is_incomplete_option

    def is_incomplete_option_id(ctx: Any, args: list[str], param: Any) -> bool:
        """Values are completed after an alias too (``--fail-on <TAB>``), though the alias itself is not."""
        aliases = hidden_aliases(param)
        if not aliases:
            return is_incomplete_option(ctx, args, param)
        shown = param.opts
        param.opts = [*shown, *aliases]
        try:
            return is_incomplete_option(ctx, args, param)
        finally:
            param.opts = shown

    shell_completion._is_incomplete_option = is_incomplete_option_id


def _shown_names(ctx: Any, names: Any) -> list[str]:
    """The suggestions an analyst sees: the shown names among ``names``; only when there are none
    (``--outptu`` is close to ``--output`` alone), each alias replaced by its option's shown name."""
    shown: dict[str, str] = {}
    for param in ctx.command.get_params(ctx):
        longs = [o for o in getattr(param, "opts", ()) if o.startswith("--")]
        for alias in hidden_aliases(param):
            if longs:
                shown[alias] = longs[0]
    direct = [name for name in names if name not in shown]
    return direct or list(dict.fromkeys(shown[name] for name in names))


def _install_completion_texts() -> None:
    """Indonesian help for the completion options, and an Indonesian line when completion is installed."""
    import sys

    import typer.main as typer_main
    from typer import _click
    from typer._completion_shared import install as install_script

    arguments = typer_main.get_install_completion_arguments

    def install_callback(ctx: Any, param: Any, value: Any) -> Any:
        if not value or ctx.resilient_parsing:
            return value
        shell, path = install_script(shell=value) if isinstance(value, str) else install_script()
        _click.echo(f"Pelengkapan otomatis {shell} dipasang di {path}")
        _click.echo("Pelengkapan aktif setelah terminal dibuka ulang.")
        sys.exit(0)

    def arguments_id() -> tuple[Any, Any]:
        install_param, show_param = arguments()
        for param in (install_param, show_param):
            text = getattr(param, "help", None) or ""
            param.help = COMPLETION_HELP.get(text, text)  # type: ignore[attr-defined]
            english = [o for o in param.opts if o in COMPLETION_NAMES]
            param.opts = [COMPLETION_NAMES.get(o, o) for o in param.opts]
            param.hidden_aliases = [*hidden_aliases(param), *english]  # type: ignore[attr-defined]
        install_param.callback = install_callback
        return install_param, show_param

    typer_main.get_install_completion_arguments = arguments_id
