"""A region's own report templates (`--template DIR`): the sandbox, fallback and errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DALARNA, TODAY


def run(cli, tmp_path: Path, files: dict[str, str], *args: str):
    folder = tmp_path / "mallar"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / ("rapport.html" if "html" in args else "rapport.md")
    result = cli("report", DALARNA, "--today", TODAY, "--template", folder, "-o", out, *args)
    return result, out


def test_own_markdown_template(cli, tmp_path):
    template = (
        "# {{ header.title }}\n{% for a in areas %}\n- {{ a.id }}: {{ a.name }}\n{% endfor %}"
    )
    result, out = run(cli, tmp_path, {"report.md.j2": template})
    assert result.exit_code == 0, result.output
    assert out.read_text("utf-8").splitlines()[:2] == [
        "# Dalastrategin 2030 – Tillsammans för ett hållbart Dalarna",
        "- O1: Ett klimatsmart Dalarna",
    ]


def test_own_stylesheet_with_the_built_in_page(cli, tmp_path):
    css = "body { background: #fafaf0; } /* Region Dalarnas profil */"
    result, out = run(cli, tmp_path, {"report.css": css}, "--format", "html")
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert "Region Dalarnas profil" in text and "Mål och aktiviteter" in text


def test_own_html_template_is_autoescaped(cli, tmp_path):
    template = "<h1>{{ header.title }}</h1>{{ pictures.wheel }}"
    result, out = run(
        cli,
        tmp_path,
        {"report.html.j2": template},
        "--format",
        "html",
        "--title",
        "<script>x</script> & co",
    )
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert text.startswith("<h1>&lt;script&gt;x&lt;/script&gt; &amp; co</h1><svg")


def test_own_markdown_template_is_escaped_for_markdown(cli, tmp_path):
    result, out = run(cli, tmp_path, {"report.md.j2": "{{ header.title }}"}, "--title", "a | *b*")
    assert result.exit_code == 0, result.output
    assert out.read_text("utf-8") == "a \\| \\*b\\*"


@pytest.mark.parametrize(
    ("template", "line", "says"),
    [
        ("# x\n\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n", 3, "unsafe"),
        ("{{ t.__globals__ }}", 1, "unsafe"),
        ("{{ header.title|attr('__class__') }}", 1, "unsafe"),
        ("{{ areas.append(1) }}", 1, "unsafe"),
        ("{{ range(10**9)|list|length }}", 1, "Range too big"),
        ("ok\n{% for x in %}\n", 2, "Expected an expression"),
        ("ok\nok\n{{ no_such.thing }}", 3, "'no_such' is undefined"),
        ("{{ header.no_such_key }}", 1, "no_such_key"),
        ("{% include 'missing.md.j2' %}", 1, "missing.md.j2"),
        ("{{ 1 / 0 }}", 1, "ZeroDivisionError"),
        # a text key is looked up, never formatted: "{x.__init__...}" would read the environment
        ("{{ t('{x.__init__.__globals__[os].environ}', x=cycler) }}", 1, "no text with the key"),
        ("{{ t('summary.titel') }}", 1, "no text with the key 'summary.titel'"),
        ("{{ 1|num(digits=10**9) }}", 1, "digits must be a whole number from 0 to 10"),
        ("x\n{{ 'x' * 10**10 }}", 2, "needed more than 2 GB of memory"),
    ],
)
def test_template_errors_name_file_and_line(cli, tmp_path, template, line, says):
    result, out = run(cli, tmp_path, {"report.md.j2": template})
    assert result.exit_code == 1
    message = result.stderr.strip()
    assert message.startswith("rustool: Fel i mallen "), message
    assert f"report.md.j2, rad {line}:" in message and says in message
    assert "Traceback" not in result.output and len(message.splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("partial", "text", "says"),
    [
        ("del.md.j2", "ok\nok\n{{ ''.__class__ }}\n", "mallar/del.md.j2, rad 3: "),
        # a file of any name, in a subfolder
        ("delar/rad.txt", "ok\n{{ 1 / 0 }}\n", "mallar/delar/rad.txt, rad 2: ZeroDivisionError"),
    ],
)
def test_error_in_an_included_partial_names_the_partial(cli, tmp_path, partial, text, says):
    result, _ = run(
        cli, tmp_path, {"report.md.j2": f"# x\n{{% include '{partial}' %}}\n", partial: text}
    )
    assert result.exit_code == 1
    assert says in result.stderr


def test_runaway_recursion_is_a_template_error(cli, tmp_path):
    template = "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"
    result, _ = run(cli, tmp_path, {"report.md.j2": template})
    assert result.exit_code == 1
    assert "RecursionError" in result.stderr and "Traceback" not in result.output


def test_template_error_in_english(cli, tmp_path):
    result, _ = run(cli, tmp_path, {"report.md.j2": "{{ oops }}"}, "--lang", "en")
    assert result.exit_code == 1
    assert "Error in the template" in result.stderr and "line 1" in result.stderr


def test_template_must_be_a_folder(cli, tmp_path):
    """A user who points --template at the template file itself is told to give its folder."""
    file = tmp_path / "report.md.j2"
    file.write_text("# {{ header.title }}\n", encoding="utf-8")
    out = tmp_path / "rapport.md"
    for target, says in [(file, "inte en fil"), (tmp_path / "saknas", "Sökvägen finns inte")]:
        result = cli("report", DALARNA, "--today", TODAY, "--template", target, "-o", out)
        assert result.exit_code == 2
        assert says in result.stderr and str(target) in result.stderr
        assert not out.exists()


def test_a_link_out_of_the_template_folder_is_refused(cli, tmp_path):
    """A pull request could add mallar/report.css -> /etc/passwd; it is not followed."""
    secret = tmp_path / "hemligt.txt"
    secret.write_text("lösenord", encoding="utf-8")
    folder = tmp_path / "mallar"
    folder.mkdir()
    (folder / "report.css").symlink_to(secret)
    result, out = run(cli, tmp_path, {"report.md.j2": "{% include 'report.css' %}"})
    assert result.exit_code == 1
    assert "report.css leads outside the template folder" in result.stderr
    assert "lösenord" not in result.output and not out.exists()


def test_a_template_writing_too_much_is_stopped(cli, tmp_path, monkeypatch):
    from rustool.report import templating

    monkeypatch.setattr(templating, "MAX_OUTPUT_BYTES", 10_000)
    template = "{% for i in range(1000) %}{% for j in range(1000) %}x{% endfor %}{% endfor %}"
    result, out = run(cli, tmp_path, {"report.md.j2": template})
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(
        "mallar/report.md.j2: the report would be larger than 0 MB"
    )
    assert not out.exists()


def test_a_template_running_too_long_is_stopped(cli, tmp_path, monkeypatch):
    from rustool.report import templating

    monkeypatch.setattr(templating, "MAX_SECONDS", 1)
    template = (
        "ok\n{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    )
    result, out = run(cli, tmp_path, {"report.md.j2": template})
    assert result.exit_code == 1
    assert "report.md.j2, rad 2: the templates took longer than 1 s" in result.stderr
    assert not out.exists()


def test_a_template_not_in_utf8_is_named(cli, tmp_path):
    folder = tmp_path / "mallar"
    folder.mkdir()
    (folder / "report.md.j2").write_bytes("# Rapport\n## Mål\n".encode("latin-1"))
    result, out = run(cli, tmp_path, {})
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(
        "mallar/report.md.j2, rad 2: the file is not UTF-8 text (byte 0xE5); save it as UTF-8"
    )
    assert not out.exists()
