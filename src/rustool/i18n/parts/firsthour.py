"""Messages of the first hour: init, and the help of the commands."""

from __future__ import annotations

SV = {
    "schema.not_folder": "-o {path} är en fil; schemana skrivs i en mapp, t.ex. -o schemas.",
    "schema.foreign_folder": "{folder} innehåller annat än rustools scheman ({file}); skriv "
    "schemana i en egen mapp, t.ex. -o schemas.",
    "schema.foreign_file": "{file} är inget schema som rustool har skrivit; skriver inte över "
    "den. Välj en annan mapp.",
    "RUS201.missing_comma": "`{ref}` i `{key}` är flera id utan komma emellan; skriv `[{fixed}]`.",
    "syntax.dash_space": "Efter `-` i en lista ska det stå ett mellanslag: skriv `- id:`, "
    "inte `-id:`.",
    "syntax.quote_opened": "Här öppnas en text med ett citattecken som aldrig stängs; avsluta "
    "texten med samma citattecken på samma rad.",
    "schema.decimal_comma": "`{key}` ska vara ett tal; decimaltal skrivs med punkt: skriv "
    "`{fixed}`, inte `{value}`.",
    "RUS207.case": "Kategorin skrivs `{canonical}` i strategin, inte `{value}`: bara stora och "
    "små bokstäver skiljer. Skriv den som i strategin.",
    "typ.missing": "Filen ser ut som en {kind} (den har `{key}`) men saknar `typ`, så den "
    "kontrolleras inte; lägg till raden `typ: {kind}` överst.",
    "init.region_missing": "Ange länet med --region, t.ex. --region Dalarna. Länen: {counties}.",
    "init.region_unknown": "Inget län heter `{value}`. Länen: {counties}.",
    "init.region_unknown_suggest": "Inget län heter `{value}`; menade du `{suggestion}`? "
    "Länen: {counties}.",
    "init.not_folder": "{path} är en fil; ange en mapp (den skapas om den saknas).",
    "init.inside_workspace": "{path} ligger redan i arbetsytan {root}; välj en mapp utanför den.",
    "init.exists": "Skriver ingenting: de här filerna finns redan och skrivs aldrig över:\n{files}",
    "init.created": "Skapade en arbetsyta för {region} i {folder}:",
    "init.next": "Nästa steg: gå till {folder}, fyll i strategi.yaml och kör `rustool validate`.",
}

EN = {
    "schema.not_folder": "-o {path} is a file; the schemas are written into a folder, e.g. "
    "-o schemas.",
    "schema.foreign_folder": "{folder} holds more than rustool's schemas ({file}); write the "
    "schemas into a folder of their own, e.g. -o schemas.",
    "schema.foreign_file": "{file} is no schema rustool wrote; not overwriting it. Choose "
    "another folder.",
    "RUS201.missing_comma": "`{ref}` in `{key}` is several ids without a comma between them; "
    "write `[{fixed}]`.",
    "syntax.dash_space": "A list item needs a space after `-`: write `- id:`, not `-id:`.",
    "syntax.quote_opened": "The quote here opens a text that is never closed; end the text "
    "with the same quote on the same line.",
    "schema.decimal_comma": "`{key}` must be a number; decimals are written with a point: "
    "write `{fixed}`, not `{value}`.",
    "RUS207.case": "The strategy writes the category `{canonical}`, not `{value}`: only upper "
    "and lower case differ. Write it as the strategy does.",
    "typ.missing": "The file looks like an {kind} (it has `{key}`) but has no `typ`, so it is "
    "not checked; add the line `typ: {kind}` at the top.",
    "init.region_missing": "Name the county with --region, e.g. --region Dalarna. The counties: "
    "{counties}.",
    "init.region_unknown": "No county is called `{value}`. The counties: {counties}.",
    "init.region_unknown_suggest": "No county is called `{value}`; did you mean `{suggestion}`? "
    "The counties: {counties}.",
    "init.not_folder": "{path} is a file; give a folder (it is created if missing).",
    "init.inside_workspace": "{path} is already inside the workspace {root}; "
    "choose a folder outside it.",
    "init.exists": "Writing nothing: these files exist already and are never overwritten:\n{files}",
    "init.created": "Created a workspace for {region} in {folder}:",
    "init.next": "Next: go to {folder}, fill in strategi.yaml and run `rustool validate`.",
}

SV.update(
    {
        "reference.title": "# Kommandon",
        "reference.intro": "Varje kommandos hjälp, som `rustool KOMMANDO --help` visar den, i "
        "arbetets ordning. Med `--lang en` är hjälpen på engelska.",
    }
)
EN.update(
    {
        "reference.title": "# Commands",
        "reference.intro": "Each command's help as `rustool COMMAND --help` shows it, in the "
        "order of the work. It is in Swedish without `--lang en`.",
    }
)

SV.update(
    {
        "rules.doc.title": "# Regler",
        "rules.doc.intro": "Varje regel har en fast kod. Välj och ställ in dem i "
        "`rustool.yaml` (`välj`, `ignorera`, `allvarlighet`, `ignorera_per_sökväg`) eller tysta "
        "en rad med kommentaren `# rustool: ignore[RUS302]`. *In English: [{other}]({other}).*",
        "rules.doc.header": "| kod | namn | allvarlighet | vad |",
        "rules.doc.rule": "`{slug}` · allvarlighet: {severity}",
        "rules.doc.english": "Beskrivning med exempel (på engelska; exemplen är YAML som de "
        "skrivs):",
    }
)
EN.update(
    {
        "rules.doc.title": "# Rules",
        "rules.doc.intro": "Each rule has a stable code. Configure them in `rustool.yaml` "
        "(`välj`, `ignorera`, `allvarlighet`, `ignorera_per_sökväg`) or silence one line with a "
        "comment `# rustool: ignore[RUS302]`. *På svenska: [{other}]({other}).*",
        "rules.doc.header": "| code | name | default severity | summary |",
        "rules.doc.rule": "`{slug}` · default severity: {severity}",
        "rules.doc.english": "Description with examples:",
    }
)
