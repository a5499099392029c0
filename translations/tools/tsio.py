"""Minimal, formatting-preserving reader/writer for Qt Linguist .ts files.

Used by fill_ts.py and check_ts.py; no third-party modules.
"""
import html
import re

MESSAGE_RE = re.compile(r'(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)', re.S)
CONTEXT_RE = re.compile(r'<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>', re.S)
SOURCE_RE = re.compile(r'<source>(.*?)</source>', re.S)
COMMENT_RE = re.compile(r'<comment>(.*?)</comment>', re.S)
TRANSLATION_RE = re.compile(r'<translation(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</translation>)', re.S)
NUMERUS_RE = re.compile(r'<numerusform>(.*?)</numerusform>', re.S)


def unescape(text):
    return html.unescape(text)


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def messages(ts_text):
    """Yields dicts: context, source, comment, numerus, unfinished, translations (list)."""
    for ctx in CONTEXT_RE.finditer(ts_text):
        context = unescape(ctx.group('name'))
        for m in MESSAGE_RE.finditer(ctx.group('body')):
            body = m.group('body')
            source = unescape(SOURCE_RE.search(body).group(1))
            comment = COMMENT_RE.search(body)
            tr = TRANSLATION_RE.search(body)
            numerus = 'numerus="yes"' in m.group('attrs')
            tr_body = tr.group('body') or ''
            if numerus:
                forms = [unescape(f) for f in NUMERUS_RE.findall(tr_body)]
            else:
                forms = [unescape(tr_body)]
            yield {
                'context': context,
                'source': source,
                'comment': unescape(comment.group(1)) if comment else None,
                'numerus': numerus,
                'unfinished': 'type="unfinished"' in tr.group('attrs'),
                'vanished': 'type="vanished"' in tr.group('attrs') or 'type="obsolete"' in tr.group('attrs'),
                'translations': forms,
            }
