#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file from dictionary files, preserving the file layout.

Usage: fill_ts.py TS_FILE DICT_FILE... [--dry-run] [--list-missing]

Dictionary format (UTF-8 text):
    # comment
    @Context            entries below apply only to this context ("@" alone: any context)
    source text         one line, exactly as in the .ts (unescaped)
    = translation       the translation; for numerus messages the single Japanese form
    !source\nline 2     a source starting with "!" holds \n for line breaks, in the
    = line 1\nline 2    source and in its translation
Context-specific entries win over context-free ones.  Each translation is checked: the
placeholders (%1..%99, %n, %L1) must be the same set as in the source, a mnemonic (&X) must
stay a mnemonic and HTML tags must be kept.  Messages that fail a check stay unfinished.

--english: fill every unfinished message with its source text (for the source-language file);
numerus messages need a dictionary entry "source" / "= singular|plural".
"""
import re
import sys

import tsio

PLACEHOLDER_RE = re.compile(r'%(?:L?\d{1,2}|n)')
TAG_RE = re.compile(r'</?[a-zA-Z][^>]*>')


def placeholders(text):
    return sorted(set(PLACEHOLDER_RE.findall(text)))


def has_mnemonic(text):
    return re.search(r'&(?!&)\S', text.replace('&&', '')) is not None


def problems(source, translation):
    out = []
    if placeholders(source) != placeholders(translation):
        out.append('placeholders %s != %s' % (placeholders(source), placeholders(translation)))
    if has_mnemonic(source) != has_mnemonic(translation):
        out.append('mnemonic')
    if sorted(TAG_RE.findall(source)) != sorted(TAG_RE.findall(translation)):
        out.append('html tags')
    if not translation.strip() and source.strip():
        out.append('empty')
    return out


def load_dict(paths):
    table = {}
    for path in paths:
        context = None
        pending = None
        multiline = False
        with open(path, encoding='utf-8') as f:
            for lineno, raw in enumerate(f, 1):
                line = raw.rstrip('\n')
                if not line or line.startswith('#'):
                    continue
                if line.startswith('@'):
                    context = line[1:].strip() or None
                    continue
                if line.startswith('= ') or line == '=':
                    if pending is None:
                        sys.exit('%s:%d: translation without source' % (path, lineno))
                    value = line[2:]
                    table[(context, pending)] = value.replace('\\n', '\n') if multiline else value
                    pending = None
                else:
                    if pending is not None:
                        sys.exit('%s:%d: source without translation: %r' % (path, lineno, pending))
                    multiline = line.startswith('!')
                    pending = line[1:].replace('\\n', '\n') if multiline else line
    return table


def render_translation(numerus, forms, indent):
    if numerus:
        inner = ''.join('\n%s    <numerusform>%s</numerusform>' % (indent, tsio.escape(f)) for f in forms)
        return '<translation>%s\n%s</translation>' % (inner, indent)
    return '<translation>%s</translation>' % tsio.escape(forms[0])


def main(argv):
    args = [a for a in argv if not a.startswith('--')]
    dry = '--dry-run' in argv
    english = '--english' in argv
    list_missing = '--list-missing' in argv
    ts_path, dict_paths = args[0], args[1:]
    table = load_dict(dict_paths)
    text = open(ts_path, encoding='utf-8').read()
    stats = {'filled': 0, 'missing': 0, 'rejected': 0}
    used = set()

    def fill_context(cm):
        context = tsio.unescape(cm.group('name'))

        def fill_message(m):
            attrs, body = m.group('attrs'), m.group('body')
            tr = tsio.TRANSLATION_RE.search(body)
            if 'type="unfinished"' not in tr.group('attrs'):
                return m.group(0)
            source = tsio.unescape(tsio.SOURCE_RE.search(body).group(1))
            numerus = 'numerus="yes"' in attrs
            key = (context, source) if (context, source) in table else (None, source)
            value = table.get(key)
            if value is None and english and not numerus:
                value = source
            if value is None:
                stats['missing'] += 1
                if list_missing:
                    print('MISSING [%s]%s %s' % (context, ' [N]' if numerus else '', source))
                return m.group(0)
            used.add(key)
            forms = value.split('|') if (numerus and english) else [value]
            bad = [p for f in forms for p in problems(source, f)]
            if bad:
                stats['rejected'] += 1
                print('REJECTED [%s] %r -> %r: %s' % (context, source, value, ', '.join(bad)))
                return m.group(0)
            indent = re.search(r'\n([ \t]*)<translation', body)
            indent = indent.group(1) if indent else '        '
            new_body = body[:tr.start()] + render_translation(numerus, forms, indent) + body[tr.end():]
            stats['filled'] += 1
            return m.group(1) + new_body + m.group(4)

        new_body = tsio.MESSAGE_RE.sub(fill_message, cm.group('body'))
        return cm.group(0).replace(cm.group('body'), new_body, 1)

    new_text = tsio.CONTEXT_RE.sub(fill_context, text)
    if not dry:
        with open(ts_path, 'w', encoding='utf-8') as f:
            f.write(new_text)
    unused = [k for k in table if k not in used]
    print('%s: filled %d, still unfinished %d, rejected %d, dictionary entries unused %d'
          % (ts_path, stats['filled'], stats['missing'], stats['rejected'], len(unused)))


if __name__ == '__main__':
    main(sys.argv[1:])
