"""A static review site for records: every article's text with its entities,
quantities, dates and claims marked in place, and, against gold, what differs.

    >>> from pipeline.review import build_site
    >>> build_site(records, golds_by_doc_id, Path("build/review"))
"""

from pipeline.review.site import build_site

__all__ = ["build_site"]
