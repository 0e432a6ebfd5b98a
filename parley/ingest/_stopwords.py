"""Function words per language, for the cheap language check (data, not logic)."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the of and to in a is that for on with as by at from it was were are be been has "
        "have had this which or an not but their its they he she his her we our will would "
        "said says after before over into about than also who more other up out new there"
    ),
    "fr": _words(
        "le la les de des du et un une est que qui dans pour pas sur au aux avec ce cette "
        "il elle ils sont ont été par plus se sa son ses leur"
    ),
    "de": _words(
        "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es "
        "an werden aus er hat dass sie nach wird bei einer um am sind noch wie"
    ),
    "es": _words(
        "el la los las de del y que en un una es por con para no se su al lo como más pero "
        "sus le ya o este sí porque esta entre cuando muy sin sobre"
    ),
    "it": _words(
        "il lo la i gli le di del della e che è un una per non con si da in al sono ha "
        "anche come più ma nel alla questo"
    ),
    "pt": _words(
        "o a os as de do da dos das e que em um uma é para com não por se no na mais como "
        "mas foi ao ele ela seu sua são"
    ),
    "nl": _words(
        "de het een en van in is dat op te zijn met voor niet aan er ook als bij door maar "
        "om hij zij naar wordt dan nog"
    ),
    "id": _words(
        "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada "
        "oleh sebagai bahwa mereka"
    ),
}
