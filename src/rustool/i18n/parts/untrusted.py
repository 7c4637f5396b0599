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
    "encoding.control": "Filen innehåller ett styrtecken ({char}) som YAML inte tillåter; ta "
    "bort det (det kommer ofta av text som kopierats från ett annat program).",
    "syntax.anchor": "Efter & eller * ska namnet på ett ankare eller alias stå (bokstäver, "
    "siffror, - och _); sätt texten inom citattecken om & eller * ska stå som tecken.",
    "syntax.directive": "En rad som börjar med % är ett YAML-direktiv som inte kan läsas; sätt "
    "texten inom citattecken eller ta bort raden.",
    "syntax.tag": "Ett ! inleder en YAML-tagg som inte kan läsas; sätt texten inom "
    "citattecken om ! ska stå som tecken.",
    "syntax.block_scalar": "Efter | eller > får bara stå + eller - och en siffra 1–9 för "
    "indraget, sedan en kommentar eller radslut.",
    "syntax.document_marker": "En rad som börjar med --- eller ... avslutar dokumentet mitt i "
    "ett värde; dra in raden eller sätt värdet inom citattecken.",
    "syntax.document_start": "Efter dokumentets slut (...) eller ett direktiv står något som "
    "inte kan läsas; ta bort raden med ... eller direktivet.",
    "syntax.sequence_entry": "Ett listvärde (- …) står där det inte får stå; kontrollera "
    "indraget, eller sätt texten inom citattecken.",
    "syntax.mapping_key": "Ett ? står där det inte får stå; sätt texten inom citattecken.",
    "syntax.node": "Här saknas ett värde, eller så står ett tecken som , ] eller }} fel.",
    "syntax.duplicate_anchor": "Samma ankare (&namn) definieras två gånger i filen; ge det ena "
    "ett annat namn.",
    "RUS009": "`{value}` innehåller ett osynligt tecken ({char}, tecken {position}); ta bort "
    "det, annars skiljer sig texten från en som ser likadan ut.",
    "RUS010": "Id:t `{value}` blandar bokstäver från olika skriftsystem ({scripts}) och ser "
    "ut som ett annat id; skriv om bokstäverna.",
    "findings.more": "… och {count} till av {code} i den här filen (de första {shown} visas).",
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
    "encoding.control": "The file contains a control character ({char}) that YAML does not "
    "allow; remove it (it often comes with text copied from another program).",
    "syntax.anchor": "After & or * the name of an anchor or alias must follow (letters, "
    "digits, - and _); put the text in quotes if & or * is meant as a character.",
    "syntax.directive": "A line starting with % is a YAML directive that cannot be read; put "
    "the text in quotes or remove the line.",
    "syntax.tag": "A ! starts a YAML tag that cannot be read; put the text in quotes if ! is "
    "meant as a character.",
    "syntax.block_scalar": "After | or > only + or - and a digit 1–9 for the indentation may "
    "follow, then a comment or the end of the line.",
    "syntax.document_marker": "A line starting with --- or ... ends the document in the "
    "middle of a value; indent the line or put the value in quotes.",
    "syntax.document_start": "Something that cannot be read follows the end of the document "
    "(...) or a directive; remove the line with ... or the directive.",
    "syntax.sequence_entry": "A list item (- …) stands where it may not; check the "
    "indentation, or put the text in quotes.",
    "syntax.mapping_key": "A ? stands where it may not; put the text in quotes.",
    "syntax.node": "A value is missing here, or a character such as , ] or }} is misplaced.",
    "syntax.duplicate_anchor": "The same anchor (&name) is defined twice in the file; give "
    "one of them another name.",
    "RUS009": "`{value}` contains an invisible character ({char}, character {position}); "
    "remove it, or the text differs from one that looks the same.",
    "RUS010": "The id `{value}` mixes letters of different scripts ({scripts}) and looks "
    "like another id; retype its letters.",
    "findings.more": "… and {count} more of {code} in this file (the first {shown} are shown).",
}
