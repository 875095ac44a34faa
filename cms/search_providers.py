"""Extra site-search sources besides pages (e.g. words said in webinar recordings).

An app registers a provider in its AppConfig.ready(): ``search_providers.register(name, fn)`` where
fn(query, language_code) returns a list of dicts with at least ``title``, ``url`` and ``text``.
"""

_providers = {}


def register(name, provider):
    _providers[name] = provider


def search(query, language_code):
    """Every provider's hits for ``query``, as ``{name: [hit, ...]}`` (providers with no hit left out)."""
    results = {}
    for name, provider in sorted(_providers.items()):
        hits = provider(query, language_code)
        if hits:
            results[name] = hits
    return results
