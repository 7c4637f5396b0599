"""Messages of export and import (workbooks and CSV files)."""

from __future__ import annotations

SV = {
    "excel.sheet.title": "Aktivitetsplan{year} – {unit}",
    "excel.form.title": "Uppföljning {period} – {unit}",
    "excel.form.period": "Period",
    "excel.form.hint": "Fyll i Ny status och Kommentar för varje aktivitet; lämna tomt om "
    "inget har hänt.",
    "excel.dropdown.categories": "Välj en av strategins kategorier i listan.",
    "excel.dropdown.roles": "Välj en av strategins roller (flera skrivs med komma emellan).",
    "excel.dropdown.statuses": "Välj planerad, pågår, klar, försenad, pausad eller struken.",
    "excel.dropdown.goals": "Skriv id för strategins mål eller prioriteringar, med komma "
    "emellan (t.ex. M1.1, P1.1.2).",
    "excel.readme.plan": "Så här fyller du i aktivitetsplanen\n"
    "Varje enhet har ett eget blad. Överst står enhetens uppdrag och mål; ändra dem där.\n"
    "Aktiviteterna står i ett block per kategori. Ändra direkt i cellerna.\n"
    "Ny aktivitet: lägg till en rad i rätt block och lämna Id tomt – rustool ger den ett id.\n"
    "Id-kolumnen är låst: den kopplar raden till aktiviteten i planen.\n"
    "Ta bort en aktivitet: radera raden (den tas bort först när den som läser in filen "
    "godkänner det).\n"
    "Klart senast skrivs ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-Qn (kvartal), ÅÅÅÅ-Tn (tertial) eller ÅÅÅÅ.\n"
    "Bidrar till: id för strategins mål eller prioriteringar, med komma emellan.\n"
    "Lämna tillbaka filen som .xlsx; formler och makron läses inte.",
    "excel.readme.form": "Uppföljning {period}\n"
    "Varje enhet har ett eget blad med sina pågående aktiviteter.\n"
    "Välj Ny status i listan och skriv en kort kommentar om läget.\n"
    "Lämna raden tom om inget har ändrats. Övriga kolumner är låsta.",
    "excel.error.unreadable": "Kan inte läsa {file}: {reason}.",
    "excel.error.too_big": "{file} är {size_mb} MB; rustool läser högst {limit_mb} MB.",
    "excel.error.not_xlsx": "{file} är ingen .xlsx-arbetsbok; spara den som Excel-arbetsbok "
    "(.xlsx) eller CSV.",
    "excel.error.parts": "{file} har {count} delar; en arbetsbok får ha högst {limit}.",
    "excel.error.bomb": "{file} packas upp till {size_mb} MB (högst {limit_mb} MB); filen läses "
    "inte.",
    "excel.error.entities": "{file} innehåller en DOCTYPE- eller ENTITY-deklaration i {part}; "
    "sådana läses aldrig (de kan användas för attacker).",
    "excel.error.no_defusedxml": "defusedxml saknas; installera om rustool.",
    "excel.error.corrupt": "{file} går inte att läsa som arbetsbok ({reason}); öppna och spara "
    "den igen i Excel eller LibreOffice.",
    "excel.error.sheets": "{file} har fler än {limit} blad.",
    "excel.error.rows": "Bladet {sheet} har fler än {limit} rader.",
    "excel.error.csv": "{file} är ingen giltig CSV-fil: {reason}.",
    "excel.error.not_csv": "{file} är ingen textfil.",
    "excel.ignored.macros": "Arbetsboken innehåller makron; de körs aldrig och läses inte.",
    "excel.ignored.links": "Arbetsboken länkar till {count} andra arbetsböcker; länkarna "
    "följs inte.",
    "excel.csv_cp1252": "Filen är inte UTF-8; läst som Windows-1252 (spara som "
    "”CSV UTF-8” för att vara säker).",
    "excel.formula": "Cellen innehåller en formel; den läses som text `{formula}`, inte som "
    "sitt värde.",
    "excel.error_value": "Cellen innehåller felvärdet {value}.",
    "excel.serial_date": "Talet {number} läses som datumet {date} (Excel räknar dagar sedan "
    "1900); skriv datumet som text.",
    "excel.time_cell": "Cellen innehåller en tid, inget datum.",
    "excel.date_cell": "Excel har gjort cellen till ett datum; läst som {date}.",
    "excel.no_table": "Hittar ingen rubrikrad med Id, Kategori och Aktivitet i bladet.",
    "excel.duplicate_id": "Id {id} finns redan på {first}.",
    "excel.foreign_id": "Id {id} hör till en annan plan ({file}); flytta aktiviteter i YAML.",
    "excel.unknown_id": "Id `{id}` finns inte i {file}.",
    "excel.missing_row": "{id} finns i {file} men inte i bladet; den behålls (ta bort den med "
    "--allow-delete).",
    "excel.new_row_title": "Den nya raden saknar Aktivitet.",
    "excel.required": "`{column}` får inte vara tom.",
    "excel.not_number": "`{value}` är inget heltal i kronor.",
    "excel.bad_due": "`{value}` är inget datum; skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-Qn, ÅÅÅÅ-Tn "
    "eller ÅÅÅÅ.",
    "excel.bad_status": "Okänd status `{value}`.",
    "excel.changed_since": "{file} har ändrats sedan arbetsboken skapades; exportera en ny, "
    "eller läs in med --force (cellerna skriver då över ändringarna).",
    "excel.not_faithful": "Ändringen i {file} kan inte göras utan att något annat ändras; "
    "inget skrivs (rapportera gärna felet).",
    "excel.no_origin": "Bladet kommer inte från rustool export; ange planen med --into PLAN.yaml.",
    "excel.sheet_skipped": "Bladet kommer inte från exporten (nytt eller omdöpt) och läses "
    "inte; ge det sitt gamla namn eller läs in det med --into PLAN.yaml.",
    "excel.no_plan": "Planen {file} som bladet kommer från finns inte i arbetsytan.",
    "excel.unknown_unit": "Ingen (eller mer än en) plan har enheten `{unit}`; ange planen med "
    "--into PLAN.yaml.",
    "excel.cli.bad_suffix": "-o {file}: skriv en .xlsx- eller .csv-fil.",
    "excel.cli.bad_input": "{file}: läs in en .xlsx- eller .csv-fil.",
    "excel.cli.bad_period": "Ogiltig period `{value}` för --uppföljning; skriv t.ex. 2026-T2.",
    "excel.cli.no_plans": "Inga aktivitetsplaner att exportera i {path}.",
    "excel.cli.unloadable": "{file} går inte att läsa; rätta felen (rustool validate) först.",
    "excel.cli.too_long": "{file}:{line}: värdet är {length} tecken; en cell rymmer högst 32 767.",
    "excel.cli.written": "Skrev {file}: {plans} planer, {activities} aktiviteter.",
    "excel.cli.failed": "Inget skrevs: {count} fel.",
    "excel.cli.up_to_date": "Arbetsboken stämmer med planerna.",
    "excel.cli.differs": "Arbetsboken skiljer sig från planerna: {count} ändringar.",
    "excel.cli.imported": "{file}: {count} ändringar.",
    "excel.cli.nothing": "Inget att ändra.",
    "excel.change.set": "{where}: {id}{key} = {value}",
    "excel.change.add": "{where}: ny aktivitet {id}",
    "excel.change.remove": "{where}: {id} tas bort",
    "excel.change.followup": "{where}: {id} uppföljning {period}",
}

EN = {
    "excel.sheet.title": "Activity plan{year} – {unit}",
    "excel.form.title": "Follow-up {period} – {unit}",
    "excel.form.period": "Period",
    "excel.form.hint": "Fill in New status and Comment for each activity; leave the row "
    "empty if nothing happened.",
    "excel.dropdown.categories": "Pick one of the strategy's categories from the list.",
    "excel.dropdown.roles": "Pick one of the strategy's roles (separate several with commas).",
    "excel.dropdown.statuses": "Pick planerad, pågår, klar, försenad, pausad or struken.",
    "excel.dropdown.goals": "Type the ids of the strategy's goals or priorities, separated by "
    "commas (e.g. M1.1, P1.1.2).",
    "excel.readme.plan": "How to fill in the activity plan\n"
    "Each unit has its own sheet. At the top are the unit's mission and goals; edit them there.\n"
    "Activities are in one block per category. Edit the cells directly.\n"
    "New activity: add a row in the right block and leave Id empty – rustool gives it an id.\n"
    "The Id column is locked: it ties the row to the activity in the plan.\n"
    "Remove an activity: delete its row (it is removed only when whoever imports the file "
    "allows it).\n"
    "Due by is written YYYY-MM-DD, YYYY-MM, YYYY-Qn (quarter), YYYY-Tn (tertial) or YYYY.\n"
    "Contributes to: ids of the strategy's goals or priorities, separated by commas.\n"
    "Return the file as .xlsx; formulas and macros are not read.",
    "excel.readme.form": "Follow-up {period}\n"
    "Each unit has its own sheet with its open activities.\n"
    "Pick New status from the list and write a short comment on how it is going.\n"
    "Leave the row empty if nothing changed. The other columns are locked.",
    "excel.error.unreadable": "Cannot read {file}: {reason}.",
    "excel.error.too_big": "{file} is {size_mb} MB; rustool reads at most {limit_mb} MB.",
    "excel.error.not_xlsx": "{file} is not an .xlsx workbook; save it as an Excel workbook "
    "(.xlsx) or CSV.",
    "excel.error.parts": "{file} has {count} parts; a workbook may have at most {limit}.",
    "excel.error.bomb": "{file} unpacks to {size_mb} MB (at most {limit_mb} MB); it is not read.",
    "excel.error.entities": "{file} holds a DOCTYPE or ENTITY declaration in {part}; these are "
    "never read (they can be used for attacks).",
    "excel.error.no_defusedxml": "defusedxml is missing; reinstall rustool.",
    "excel.error.corrupt": "{file} cannot be read as a workbook ({reason}); open and save it "
    "again in Excel or LibreOffice.",
    "excel.error.sheets": "{file} has more than {limit} sheets.",
    "excel.error.rows": "Sheet {sheet} has more than {limit} rows.",
    "excel.error.csv": "{file} is not valid CSV: {reason}.",
    "excel.error.not_csv": "{file} is not a text file.",
    "excel.ignored.macros": "The workbook holds macros; they are never run or read.",
    "excel.ignored.links": "The workbook links to {count} other workbooks; the links are not "
    "followed.",
    "excel.csv_cp1252": "The file is not UTF-8; read as Windows-1252 (save as “CSV UTF-8” to "
    "be sure).",
    "excel.formula": "The cell holds a formula; it is read as the text `{formula}`, not as its "
    "value.",
    "excel.error_value": "The cell holds the error value {value}.",
    "excel.serial_date": "The number {number} is read as the date {date} (Excel counts days "
    "since 1900); type the date as text.",
    "excel.time_cell": "The cell holds a time, not a date.",
    "excel.date_cell": "Excel made the cell a date; read as {date}.",
    "excel.no_table": "No heading row with Id, Category and Activity in the sheet.",
    "excel.duplicate_id": "Id {id} is already at {first}.",
    "excel.foreign_id": "Id {id} belongs to another plan ({file}); move activities in the YAML.",
    "excel.unknown_id": "Id `{id}` is not in {file}.",
    "excel.missing_row": "{id} is in {file} but not in the sheet; it is kept (remove it with "
    "--allow-delete).",
    "excel.new_row_title": "The new row has no Activity.",
    "excel.required": "`{column}` must not be empty.",
    "excel.not_number": "`{value}` is not a whole number of kronor.",
    "excel.bad_due": "`{value}` is not a date; write YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Tn or "
    "YYYY.",
    "excel.bad_status": "Unknown status `{value}`.",
    "excel.changed_since": "{file} has changed since the workbook was made; export a new one, "
    "or import with --force (the cells then overwrite those changes).",
    "excel.not_faithful": "The change to {file} cannot be made without changing something "
    "else; nothing is written (please report this).",
    "excel.no_origin": "The sheet does not come from rustool export; name the plan with "
    "--into PLAN.yaml.",
    "excel.sheet_skipped": "The sheet does not come from the export (new or renamed) and is "
    "not read; give it back its name or import it with --into PLAN.yaml.",
    "excel.no_plan": "The plan {file} the sheet comes from is not in the workspace.",
    "excel.unknown_unit": "No plan (or more than one) has the unit `{unit}`; name the plan "
    "with --into PLAN.yaml.",
    "excel.cli.bad_suffix": "-o {file}: write an .xlsx or .csv file.",
    "excel.cli.bad_input": "{file}: import an .xlsx or .csv file.",
    "excel.cli.bad_period": "Invalid period `{value}` for --uppföljning; write e.g. 2026-T2.",
    "excel.cli.no_plans": "No activity plans to export in {path}.",
    "excel.cli.unloadable": "{file} cannot be read; fix its errors (rustool validate) first.",
    "excel.cli.too_long": "{file}:{line}: the value is {length} characters; a cell holds at "
    "most 32,767.",
    "excel.cli.written": "Wrote {file}: {plans} plans, {activities} activities.",
    "excel.cli.failed": "Nothing written: {count} errors.",
    "excel.cli.up_to_date": "The workbook matches the plans.",
    "excel.cli.differs": "The workbook differs from the plans: {count} changes.",
    "excel.cli.imported": "{file}: {count} changes.",
    "excel.cli.nothing": "Nothing to change.",
    "excel.change.set": "{where}: {id}{key} = {value}",
    "excel.change.add": "{where}: new activity {id}",
    "excel.change.remove": "{where}: {id} removed",
    "excel.change.followup": "{where}: {id} follow-up {period}",
}
