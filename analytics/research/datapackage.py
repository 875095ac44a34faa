"""``datapackage.json``: a Frictionless Data Package v2 describing every CSV table.

Each field carries its kk/ru/en labels, ``categories`` for coded variables and ``constraints.enum``
(frictionless does not enforce categories; the enum catches an out-of-range code while missing
values still pass). The reserved codes are labelled ``missingValues`` of the schema (all objects:
frictionless refuses a mix of strings and objects).
"""

from .variables import RESERVED, SYSTEM_MISSING_LABEL, trilingual

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
RESOURCE_PROFILE = "https://datapackage.org/profiles/2.0/dataresource.json"
SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"


def _field(variable):
    field = {
        "name": variable.name,
        "type": variable.type,
        "title": variable.label.get("en") or variable.label.get("kk", ""),
        "description": " | ".join(f"{code}: {text}" for code, text in variable.label.items() if text),
        "sauat:labels": variable.label,
    }
    if variable.question:
        field["sauat:question"] = variable.question
    if variable.item:
        field["sauat:item"] = variable.item
    if variable.legal_source:
        field["sauat:legalSource"] = variable.legal_source
    if variable.type == "integer" and variable.values:
        field["categories"] = [
            {"value": int(code), "label": labels.get("en") or labels.get("kk", "")}
            for code, labels in variable.values.items()
        ]
        field["sauat:valueLabels"] = {str(code): labels for code, labels in variable.values.items()}
        field["constraints"] = {"enum": [int(code) for code in variable.values]}
    return field


def missing_values():
    values = [{"value": "", "label": str(trilingual(SYSTEM_MISSING_LABEL)["en"])}]
    values += [{"value": str(code), "label": trilingual(label)["en"]} for code, (_letter, label) in RESERVED.items()]
    return values


def descriptor(tables, *, name, title, description, licence, csv_paths):
    resources = []
    for table in tables:
        schema = {
            "$schema": SCHEMA_PROFILE,
            "fields": [_field(variable) for variable in table.variables],
            "missingValues": missing_values(),
        }
        if table.primary_key:
            schema["primaryKey"] = table.primary_key
        resources.append(
            {
                "$schema": RESOURCE_PROFILE,
                "name": table.name,
                "path": csv_paths[table.name],
                "type": "table",
                "title": table.title.get("en", table.name),
                "sauat:titles": table.title,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "header": True, "quoteChar": '"'},
                "schema": schema,
            }
        )
    return {
        "$schema": PROFILE,
        "name": name,
        "title": title,
        "description": description,
        "licenses": [licence],
        "resources": resources,
    }
