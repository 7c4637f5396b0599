"""The committee report: the workspace as data (context), rendered through templates
(templating, svg) with labels in the chosen language."""
