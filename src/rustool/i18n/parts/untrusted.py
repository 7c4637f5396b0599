"""Messages for untrusted input: paths that leave the workspace, invisible characters and
look-alike ids, capped findings, escaped output."""

from __future__ import annotations

SV = {
    "RUS008": "Källan {file} ligger utanför arbetsytan och läses inte; kör rustool merge igen "
    "med planer inne i arbetsytan.",
    "outside.link": "Filen är en länk till en fil utanför arbetsytan och läses inte; kopiera "
    "in filen i stället.",
    "cli.output_failed.short": "utdata kunde bara skrivas delvis (mottagaren tog inte emot resten)",
    "report.error.template_unused": "Mappen {folder} gav ingen mall till rapporten (bara de "
    "inbyggda användes); rustool letar efter: {names}. Kontrollera mappen och filnamnen.",
}

EN = {
    "RUS008": "The source {file} lies outside the workspace and is not read; run rustool merge "
    "again with plans inside the workspace.",
    "outside.link": "The file is a link to a file outside the workspace and is not read; copy "
    "the file in instead.",
    "cli.output_failed.short": "the output could only be written in part (the receiver did "
    "not take the rest)",
    "report.error.template_unused": "The folder {folder} gave the report no template (only the "
    "built-in ones were used); rustool looks for: {names}. Check the folder and the file "
    "names.",
}
