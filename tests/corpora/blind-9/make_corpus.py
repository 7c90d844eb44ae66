#!/usr/bin/env python3
"""Build the blind-9 labelled corpus of replies to ITU circular CI-19/35.

Python 3 standard library only; deterministic (no randomness, no clock).
Writes messages/*.eml and labels.jsonl next to this file, then verifies them.
"""
import base64, datetime as dt, email, email.policy, hashlib, json, os, quopri, re, shutil, sys

OUT = os.path.dirname(os.path.abspath(__file__))
GVA = dt.timezone(dt.timedelta(hours=2))
DEADLINE = dt.datetime(2019, 8, 16, 23, 59, 59, tzinfo=GVA)
MSGS = []


def D(name, aliases=(), title=None, email=None):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def M(**kw):
    MSGS.append(kw)


def h(s, n=8):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def tz_of(s):
    sign = 1 if s[0] == '+' else -1
    return dt.timezone(sign * dt.timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


def rfc(d):
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (
        days[d.weekday()], d.day, mons[d.month - 1], d.year, d.hour, d.minute, d.second, sign, mins // 60, mins % 60)


def ew(text, cs='utf-8', enc='B'):
    """RFC 2047 encode text (whole value), folded; ASCII returned as is."""
    if all(ord(c) < 128 for c in text):
        return text
    limit = 45 if enc == 'B' else 24
    chunks, cur = [], ''
    for ch in text:
        t = cur + ch
        if cur and len(t.encode(cs)) > limit:
            chunks.append(cur)
            cur = ch
        else:
            cur = t
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        b = c.encode(cs)
        if enc == 'B':
            words.append('=?%s?B?%s?=' % (cs, base64.b64encode(b).decode()))
        else:
            q = ''.join(chr(x) if (chr(x).isalnum() and x < 128) else ('_' if x == 32 else '=%02X' % x) for x in b)
            words.append('=?%s?Q?%s?=' % (cs, q))
    return '\n '.join(words)


def addr(name, a, cs='utf-8', enc='B'):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.()@:;"]', name):
            return '"%s" <%s>' % (name, a)
        return '%s <%s>' % (name, a)
    return '%s <%s>' % (ew(name, cs, enc), a)


def fold_ascii(name, value):
    line = '%s: %s' % (name, value)
    if len(line) <= 78:
        return line
    out, cur = [], name + ':'
    for w in value.split(' '):
        if len(cur) + 1 + len(w) > 76 and cur.strip() != name + ':':
            out.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    out.append(cur)
    return '\n'.join(out)


def encode_body(text, cs, cte):
    data = text.encode(cs)
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii')
    if cte == '7bit':
        data.decode('ascii')
        return data
    return data  # 8bit


def leaf(ctype, cs, cte, text):
    hdr = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (ctype, cs, cte)
    body = encode_body(text, cs, cte)
    if isinstance(body, str):
        body = body.encode('ascii')
    if not body.endswith(b'\n'):
        body += b'\n'
    return hdr.encode('ascii') + body


def auto_html(text):
    import html as H
    paras = text.strip('\n').split('\n\n')
    out = ['<html>', '<head><meta http-equiv="Content-Type" content="text/html; charset=%CS%">',
           '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>',
           '</head>', '<body lang="EN-US" link="#0563C1" vlink="#954F72">', '<div class="WordSection1">']
    for p in paras:
        out.append('<p class="MsoNormal">' + '<br>\n'.join(H.escape(l) for l in p.split('\n')) + '</p>')
        out.append('<p class="MsoNormal">&nbsp;</p>')
    out += ['</div>', '</body>', '</html>']
    return '\n'.join(out) + '\n'


ITU_IPS = {'mx1': '156.106.192.41', 'mx2': '156.106.192.42', 'mx3': '156.106.192.43'}


def sender_received(style, host, ip, d, n):
    qid = h('q%d' % n, 10).upper()
    if style == 'exchange':
        return ('from EXCH%02d.%s (10.%d.%d.%d) by %s (10.%d.1.5) with Microsoft SMTP Server\n'
                ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.1713.5;\n %s'
                % (n % 7 + 1, host.split('.', 1)[1] if host.count('.') > 1 else host, n % 200, n % 9, n % 250 + 2,
                   host, n % 200, rfc(d)))
    if style == 'gmail':
        return 'by mail-wm1-f%d.google.com with SMTP id %s%d\n        for <sme@itu.int>; %s' % (
            40 + n % 30, h('g%d' % n, 6), n, rfc(d))
    if style == 'outlookcom':
        return ('from %s.eurprd0%d.prod.outlook.com ([fe80::%s]) by\n %s.eurprd0%d.prod.outlook.com\n'
                ' ([fe80::%s%%5]) with mapi id 15.20.2157.022; %s'
                % ('AM6PR0%dMB%d' % (n % 9, 3000 + n), n % 8, h('o%d' % n, 4), 'AM6PR0%dMB%d' % (n % 9, 3000 + n),
                   n % 8, h('o%d' % n, 4), rfc(d)))
    if style == 'yahoo':
        return 'from [%s] by smtp%d.mail.ir2.yahoo.com (Yahoo Inc. SMTP Server) with ESMTPA id %s;\n %s' % (
            ip, 400 + n, h('y%d' % n, 16), rfc(d))
    if style == 'lotus':
        return 'from notes%d.%s ([10.0.%d.%d]) by %s (Lotus Domino Release 9.0.1FP10)\n with ESMTP id 2019%s; %s' % (
            n % 3 + 1, host, n % 9, n % 90 + 10, host, h('l%d' % n, 8).upper(), rfc(d))
    # postfix / generic
    return 'from [192.168.%d.%d] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s' % (
        n % 20, n % 200 + 20, ip, host, qid, rfc(d))


def build(m, n):
    lang = m['lang']
    cs = m.get('cs', 'utf-8')
    cte = m.get('cte', 'quoted-printable')
    fmt = m.get('fmt', 'plain')
    tz = tz_of(m.get('tz', '+0200'))
    sent = dt.datetime.strptime(m['sent'], '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)
    lag = m.get('lag', 7 + (n * 37) % 150)
    recv = sent + dt.timedelta(seconds=lag)
    itu_tz = tz_of(m.get('itu_tz', '+0200'))
    recv_itu = recv.astimezone(itu_tz)
    fname, faddr = m['frm']
    host = m.get('host') or ('mail.' + faddr.split('@')[1])
    ip = m.get('ip') or '%d.%d.%d.%d' % (41 + n * 7 % 150, n * 13 % 250 + 1, n * 29 % 250 + 1, n * 3 % 250 + 2)
    mx = m.get('mx', 'mx%d' % (n % 3 + 1))
    mid = m['mid']
    hcs = m.get('hcs', 'utf-8')
    henc = m.get('henc', 'B')
    lines = []
    lines.append('Return-Path: <%s>' % m.get('return_path', faddr))
    lines.append('Received: from %s (%s [%s])\n\tby %s.itu.int (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
        host, host, ip, mx, h('itu%d' % n, 10).upper(), m.get('rcpt', 'sme@itu.int'), rfc(recv_itu)))
    sdt = sent + dt.timedelta(seconds=max(1, min(3, lag - 1)))
    lines.append('Received: ' + sender_received(m.get('style', 'postfix'), host, ip, sdt, n))
    for x in m.get('pre', []):
        lines.append(x)
    lines.append('Message-ID: ' + mid)
    lines.append('Date: ' + m.get('date_hdr', rfc(sent)))
    lines.append('From: ' + addr(fname, faddr, hcs, henc))
    to = m.get('to', [('', 'sme@itu.int')])
    lines.append('To: ' + ',\n '.join(addr(a, b, hcs, henc) for a, b in to))
    if m.get('cc'):
        lines.append('Cc: ' + ',\n '.join(addr(a, b, hcs, henc) for a, b in m['cc']))
    subj = m['subj']
    if all(ord(c) < 128 for c in subj):
        lines.append(fold_ascii('Subject', subj))
    else:
        lines.append('Subject: ' + ew(subj, hcs, henc))
    if m.get('irt'):
        lines.append('In-Reply-To: ' + m['irt'])
        lines.append('References: ' + m['irt'])
    for x in m.get('extra', []):
        lines.append(x)
    lines.append('MIME-Version: 1.0')
    head = '\n'.join(lines) + '\n'
    boundary = m.get('boundary', '----=_NextPart_%s_%s' % (h('b%d' % n, 3).upper(), h('c%d' % n, 8).upper()))
    if fmt == 'plain':
        body = leaf('text/plain', cs, cte, m['body'])
        raw = head.encode('ascii') + body
    elif fmt == 'html':
        html = m.get('html') or auto_html(m['body'])
        html = html.replace('%CS%', cs)
        raw = head.encode('ascii') + leaf('text/html', cs, cte, html)
    elif fmt == 'alt':
        html = m.get('html') or auto_html(m['body'])
        html = html.replace('%CS%', cs)
        raw = (head + 'Content-Type: multipart/alternative;\n\tboundary="%s"\n\n' % boundary).encode('ascii')
        raw += b'This is a multi-part message in MIME format.\n\n'
        raw += ('--%s\n' % boundary).encode() + leaf('text/plain', cs, cte, m['body'])
        raw += ('\n--%s\n' % boundary).encode() + leaf('text/html', cs, cte, html)
        raw += ('\n--%s--\n' % boundary).encode()
    elif fmt == 'report':
        raw = (head + 'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"\n\n'
               % boundary).encode('ascii')
        raw += b'This is a MIME-encapsulated message.\n\n'
        raw += ('--%s\n' % boundary).encode() + leaf('text/plain', cs, cte, m['body'])
        raw += ('\n--%s\nContent-Type: message/delivery-status\n\n' % boundary).encode() + m['dsn'].encode('ascii')
        orig_type = m.get('orig_type', 'text/rfc822-headers')
        raw += ('\n--%s\nContent-Type: %s\n\n' % (boundary, orig_type)).encode() + m['orig'].encode('ascii')
        raw += ('\n--%s--\n' % boundary).encode()
    else:
        raise ValueError(fmt)
    raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw, recv_itu


def iso(d):
    s = d.isoformat()
    return s


def main():
    msgdir = os.path.join(OUT, 'messages')
    if os.path.isdir(msgdir):
        shutil.rmtree(msgdir)
    os.makedirs(msgdir)
    labels = []
    keys = {}
    for i, m in enumerate(MSGS, 1):
        raw, recv = build(m, i)
        csname = re.sub(r'[^a-z0-9]', '', m.get('cs', 'utf-8').lower())
        fname = '%s_%03d_%s.eml' % (m['lang'], i, csname)
        with open(os.path.join(msgdir, fname), 'wb') as f:
            f.write(raw)
        kind = m['kind']
        late = (recv > DEADLINE) if kind in ('nomination', 'interest_only', 'correction') else None
        sup = keys[m['sup']] if m.get('sup') else None
        lab = {
            'message_id': m['mid'],
            'file': fname,
            'kind': kind,
            'language': m['lang'],
            'member_state': m.get('ms') if kind not in ('auto_reply', 'bounce', 'unrelated') else None,
            'delegates': m.get('dels', []) if kind in ('nomination', 'correction') else [],
            'sessions': (m.get('sess', ['budapest-2019']) if kind in ('nomination', 'interest_only', 'correction')
                         else []),
            'received_at': iso(recv),
            'late': late,
            'supersedes': sup,
        }
        if m.get('key'):
            keys[m['key']] = m['mid']
        labels.append(lab)
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + '\n')
    verify(labels)


SCHEMA_KEYS = ['message_id', 'file', 'kind', 'language', 'member_state', 'delegates', 'sessions',
               'received_at', 'late', 'supersedes']


def verify(labels):
    from email.utils import parsedate_to_datetime
    errs = []
    seen = {}
    for idx, lab in enumerate(labels):
        p = os.path.join(OUT, 'messages', lab['file'])
        msg = email.message_from_bytes(open(p, 'rb').read(), policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                errs.append((lab['file'], 'defects', part.defects))
            if part.get_content_maintype() == 'text':
                cs = part.get_content_charset() or 'us-ascii'
                try:
                    part.get_payload(decode=True).decode(cs)
                    part.get_content()
                except Exception as e:
                    errs.append((lab['file'], 'decode', e))
        for hname in ('From', 'Subject', 'To'):
            try:
                str(msg[hname])
            except Exception as e:
                errs.append((lab['file'], hname, e))
        if msg['Message-ID'] != lab['message_id']:
            errs.append((lab['file'], 'mid', msg['Message-ID']))
        top = msg.get_all('Received')[0]
        d = parsedate_to_datetime(str(top).rsplit(';', 1)[1].strip())
        if d.isoformat() != lab['received_at']:
            errs.append((lab['file'], 'recv', d.isoformat(), lab['received_at']))
        exp_late = (d > DEADLINE) if lab['kind'] in ('nomination', 'interest_only', 'correction') else None
        if exp_late != lab['late']:
            errs.append((lab['file'], 'late'))
        if sorted(lab) != sorted(SCHEMA_KEYS):
            errs.append((lab['file'], 'keys'))
        if lab['kind'] == 'correction':
            tgt = seen.get(lab['supersedes'])
            if not tgt or tgt['member_state'] != lab['member_state'] or \
                    dt.datetime.fromisoformat(tgt['received_at']) >= d:
                errs.append((lab['file'], 'supersedes'))
        elif lab['supersedes'] is not None:
            errs.append((lab['file'], 'supersedes-set'))
        if lab['kind'] == 'nomination' and not lab['delegates']:
            errs.append((lab['file'], 'no delegates'))
        if lab['kind'] in ('auto_reply', 'bounce', 'unrelated') and lab['member_state'] is not None:
            errs.append((lab['file'], 'ms'))
        if lab['message_id'] in seen:
            errs.append((lab['file'], 'dup mid'))
        seen[lab['message_id']] = lab
    for e in errs:
        print('ERROR', *e)
    from collections import Counter
    print('messages:', len(labels))
    print('kinds:', dict(Counter(l['kind'] for l in labels)))
    langs = Counter(l['language'] for l in labels)
    print('languages (%d):' % len(langs), dict(langs))
    un = sum(v for k, v in langs.items() if k in ('ar', 'zh', 'en', 'fr', 'ru', 'es'))
    print('UN-language share: %.0f%%' % (100.0 * un / len(labels)))
    print('charsets:', dict(Counter(l['file'].rsplit('_', 1)[1][:-4] for l in labels)))
    print('late:', sum(1 for l in labels if l['late']))
    if errs:
        sys.exit(1)


# ---------------------------------------------------------------- messages
CIRC_EN = """Dear Sir/Madam,

I am pleased to invite your Administration to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will take place on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We intend to organize similar sessions during the Council Working Group meetings in early 2020, as well as during the WSIS Forum 2020 and other events.

[...]

I would be grateful if you could express your interest and indicate the participant nominated for the first consultation session during ITU Telecom World by 16 August 2019 to the ITU secretariat at the following address: sme@itu.int

Yours faithfully,

(signed)

Houlin Zhao
Secretary-General

Contact: Mr Christopher Clark
E-mail: sme@itu.int
"""

CIRC_FR = """Madame, Monsieur,

J'ai le plaisir d'inviter votre Administration à participer à une série de sessions de consultation intitulées "Favoriser les PME du secteur des technologies et de l'innovation". La première session aura lieu le 10 septembre 2019 pendant la manifestation ITU Telecom World 2019 à Budapest (Hongrie). Nous prévoyons d'organiser des sessions analogues pendant les réunions des Groupes de travail du Conseil début 2020, ainsi que pendant le Forum du SMSI de 2020 et d'autres manifestations.

[...]

Je vous saurais gré de bien vouloir manifester votre intérêt et indiquer le nom du participant désigné pour la première session, d'ici au 16 août 2019, au secrétariat de l'UIT à l'adresse suivante: sme@itu.int

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

(signé)
Houlin Zhao
Secrétaire général

Contact: M. Christopher Clark
"""

CIRC_ES = """Muy Señora mía/Muy Señor mío:

Tengo el placer de invitar a su Administración a participar en una serie de sesiones de consulta tituladas "Fomento de las PYME tecnológicas e innovadoras". La primera sesión se celebrará el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest (Hungría).
[...]
Le agradecería que manifestara su interés e indicara el participante designado para la primera sesión antes del 16 de agosto de 2019, a la dirección sme@itu.int

Atentamente,
(firmado)
Houlin Zhao
Secretario General
Contacto: Sr. Christopher Clark
"""


def quote(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split('\n'))


def outlook_hdr(sent='Tuesday, July 23, 2019 4:12 PM', to='Member States'):
    return ('-----Original Message-----\nFrom: ITU SME <sme@itu.int>\nSent: %s\nTo: %s\n'
            'Subject: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs\n' % (sent, to))


# ================================================================ ENGLISH
M(key='gha', lang='en', cs='us-ascii', cte='7bit', kind='nomination', ms='GHA',
  frm=('Kwame Asante-Boateng', 'k.asante-boateng@moc.gov.gh'), style='exchange', host='smtp.moc.gov.gh',
  subj='RE: CI-19/35 Consultation sessions - Fostering tech and innovation SMEs', sent='2019-08-06 10:41:07', tz='+0000',
  mid='<1F3C0A9B2E4D4C3AB6A1@EXCH02.moc.gov.gh>',
  dels=[D('Abena Owusu-Mensah', title='Director, Policy Planning, Monitoring and Evaluation', email='abena.owusu-mensah@moc.gov.gh')],
  body="""Dear Sir/Madam,

RE: ITU CIRCULAR CI-19/35 - CONSULTATION SESSIONS FOR MEMBER STATES: FOSTERING TECH AND INNOVATION SMEs

The Ministry of Communications of the Republic of Ghana acknowledges receipt of the above-referenced circular dated 23 July 2019 and wishes to express its interest in the consultation series.

The Ministry hereby nominates Mrs. Abena Owusu-Mensah, Director, Policy Planning, Monitoring and Evaluation, to participate in the first consultation session scheduled for 10 September 2019 during ITU Telecom World 2019 in Budapest. Please note that this nomination is for the Budapest session only; Ghana's participation in the sessions planned for 2020 will be communicated separately.

Her contact details are:
Tel: +233 302 000 418
Email: abena.owusu-mensah@moc.gov.gh

Kindly address all correspondence on this matter to her, copying the undersigned.

Yours faithfully,

Kwame Asante-Boateng
for: Chief Director
Ministry of Communications
Accra
""")

M(key='ind', lang='en', cs='utf-8', cte='quoted-printable', fmt='alt', kind='nomination', ms='IND',
  frm=('Deputy Director General (IR), DoT', 'ddg-ir@dot-mail.gov.in'), style='lotus', host='mail.dot-mail.gov.in',
  subj='Nomination for consultation session on SMEs - ITU Circular CI-19/35', sent='2019-08-13 17:22:45', tz='+0530',
  mid='<OF8A1C2D3E.4F5A6B7C-ON65258452.0041D2C1-65258452.0042A7B3@dot-mail.gov.in>',
  sess=['budapest-2019', 'cwg-2020'],
  dels=[D('Rajesh Kumar Sharma', title='Deputy Director General (International Relations)', email='rk.sharma@dot-mail.gov.in'),
        D('Priya Venkataraman', title='Assistant Director General (Startups & Innovation)', email='priya.v@dot-mail.gov.in')],
  body="""Sir,

With reference to ITU Circular CI-19/35 dated 23.07.2019, the Department of Telecommunications, Government of India, is pleased to convey its interest in the consultation sessions on "Fostering tech and innovation SMEs".

The following officers are nominated for the first session on 10 September 2019 at ITU Telecom World 2019, Budapest:

1. Shri Rajesh Kumar Sharma, Deputy Director General (International Relations) – rk.sharma@dot-mail.gov.in
2. Ms. Priya Venkataraman, Assistant Director General (Startups & Innovation) – priya.v@dot-mail.gov.in

The same officers would also participate in the session to be held alongside the Council Working Group meetings in early 2020.

This issues with the approval of the competent authority.

Regards,

(S. Narayanan)
Director (IR)
Department of Telecommunications
Sanchar Bhawan, New Delhi
""")

M(key='ken', lang='en', cs='iso-8859-1', cte='quoted-printable', kind='nomination', ms='KEN',
  frm=('Lucy Atieno', 'latieno@ca-regulator.go.ke'), style='exchange', host='mail.ca-regulator.go.ke',
  subj='RE: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs',
  sent='2019-08-02 09:15:50', tz='+0300', mid='<5D43E1A2.6090503@ca-regulator.go.ke>',
  dels=[D('Peter Kamau Njoroge', title='Manager, Licensing and Compliance', email='pnjoroge@ca-regulator.go.ke')],
  body="""Dear Mr Clark,

Greetings from Nairobi.

Kenya is interested in the consultation sessions. For the Budapest session on 10th September our nominee is Eng. Peter Kamau Njoroge, Manager, Licensing and Compliance (pnjoroge@ca-regulator.go.ke, +254 20 000 4271).

Kind regards,
Lucy Atieno
Senior Officer, International Liaison
Communications Authority
Nairobi, Kenya

""" + outlook_hdr('Tuesday, July 23, 2019 5:03 PM', 'Lucy Atieno') + '\n' + CIRC_EN)

M(key='nga', lang='en', cs='utf-8', cte='7bit', kind='nomination', ms='NGA',
  frm=('Ifeoma Chukwu', 'ifeoma.chukwu77@gmail.com'), style='gmail', host='mail-wm1-f54.google.com',
  subj='Re: CI-19/35', sent='2019-08-15 22:03:11', tz='+0100',
  mid='<CAK7vT0nQ2x9bJ4fE1sR8mWcZpL3yA6uD0hG5kN2tV1oXq7iBfw@mail.gmail.com>',
  dels=[D('Ifeoma Chukwu', title='Director, New Media and Information Security', email='ifeoma.chukwu77@gmail.com')],
  body="""Good evening. Pls register me for the Budapest session on 10 Sept on behalf of Nigeria. Our official letter will follow through the Mission. Thanks

Dr Ifeoma Chukwu
Director, New Media and Information Security
Federal Ministry of Communications, Abuja

Sent from my iPhone
""")

M(key='phl', lang='en', cs='windows-1252', cte='quoted-printable', fmt='alt', kind='nomination', ms='PHL',
  frm=('Philippine Mission Geneva', 'geneva.pm@dfa-mission.gov.ph'), style='outlookcom', host='mail.dfa-mission.gov.ph',
  subj='Note Verbale No. 2019-0347 - ITU CI-19/35', sent='2019-08-14 15:30:02', tz='+0200',
  mid='<HE1PR0402MB2895C1A7D6E34F2B9A0C44E0B1A90@HE1PR0402MB2895.eurprd04.prod.outlook.com>',
  dels=[D('Maria Cristina D. Reyes', title='Second Secretary and Consul', email='mcreyes@dfa-mission.gov.ph'),
        D('Jose Antonio Villanueva', title='Director IV, ICT Industry Development Bureau', email=None)],
  body="""No. 2019-0347

The Permanent Mission of the Republic of the Philippines to the United Nations and other International Organizations in Geneva presents its compliments to the Secretariat of the International Telecommunication Union (ITU) and, with reference to Circular Letter CI-19/35 dated 23 July 2019, has the honour to inform that the Philippines is interested in participating in the consultation sessions on "Fostering tech and innovation SMEs".

The Philippines nominates the following to attend the first consultation session on 10 September 2019 in Budapest, Hungary:

    Ms. Maria Cristina D. Reyes
    Second Secretary and Consul
    Permanent Mission of the Philippines, Geneva
    mcreyes@dfa-mission.gov.ph

    Mr. Jose Antonio Villanueva
    Director IV, ICT Industry Development Bureau
    Department of Information and Communications Technology

The Mission will advise the Secretariat in due course regarding participation in the session during the WSIS Forum 2020.

The Permanent Mission of the Republic of the Philippines avails itself of this opportunity to renew to the Secretariat of the ITU the assurances of its highest consideration.

Geneva, 14 August 2019

To: ITU Secretariat – sme@itu.int
""")

M(key='pak', lang='en', cs='windows-1252', cte='quoted-printable', fmt='html', kind='nomination', ms='PAK',
  frm=('Imran Khan (Dir Intl Affairs)', 'dir.ia@pta-reg.gov.pk'), style='exchange', host='mail.pta-reg.gov.pk',
  subj='Nomination - ITU Consultation Session Budapest (CI-19/35)', sent='2019-08-09 12:05:33', tz='+0500',
  mid='<8c2f1e0a7b3d4e59a1c6@MBX01.pta-reg.gov.pk>',
  dels=[D('Muhammad Imran Khan', title='Director (International Affairs)', email='dir.ia@pta-reg.gov.pk'),
        D('Sana Tariq', title='Deputy Director (Type Approval)', email='sana.tariq@pta-reg.gov.pk')],
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=%CS%">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal, li.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}
table.MsoTableGrid {border-collapse:collapse;} --></style></head>
<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">
<p class="MsoNormal">Dear Sir,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Reference ITU Circular CI-19/35 dated 23<sup>rd</sup> July 2019. Pakistan Telecommunication Authority is pleased to nominate the following officers for the 1<sup>st</sup> consultation session at ITU Telecom World 2019, Budapest:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="40" style="background:#D9E2F3;padding:0in 5.4pt"><p class="MsoNormal"><b>S#</b></p></td>
<td width="200" style="background:#D9E2F3;padding:0in 5.4pt"><p class="MsoNormal"><b>Name</b></p></td>
<td width="220" style="background:#D9E2F3;padding:0in 5.4pt"><p class="MsoNormal"><b>Designation</b></p></td>
<td width="200" style="background:#D9E2F3;padding:0in 5.4pt"><p class="MsoNormal"><b>Email</b></p></td></tr>
<tr><td style="padding:0in 5.4pt"><p class="MsoNormal">1</p></td>
<td style="padding:0in 5.4pt"><p class="MsoNormal">Mr. Muhammad Imran KHAN</p></td>
<td style="padding:0in 5.4pt"><p class="MsoNormal">Director (International Affairs)</p></td>
<td style="padding:0in 5.4pt"><p class="MsoNormal"><a href="mailto:dir.ia@pta-reg.gov.pk">dir.ia@pta-reg.gov.pk</a></p></td></tr>
<tr><td style="padding:0in 5.4pt"><p class="MsoNormal">2</p></td>
<td style="padding:0in 5.4pt"><p class="MsoNormal">Ms. Sana TARIQ</p></td>
<td style="padding:0in 5.4pt"><p class="MsoNormal">Deputy Director (Type Approval)</p></td>
<td style="padding:0in 5.4pt"><p class="MsoNormal"><a href="mailto:sana.tariq@pta-reg.gov.pk">sana.tariq@pta-reg.gov.pk</a></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best Regards,</p>
<p class="MsoNormal"><b>Muhammad Imran Khan</b><br>Director (International Affairs)<br>Pakistan Telecommunication Authority<br>Islamabad &#8211; Pakistan<br>Tel: +92 51 000 5512</p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Disclaimer: This e-mail and any attachments are confidential and intended solely for the addressee.</span></p>
</div></body></html>
""", body='')

M(key='zaf', lang='en', cs='utf-8', cte='quoted-printable', kind='interest_only', ms='ZAF',
  frm=('Thandiwe Nkosi', 'tnkosi@dcdt-gov.gov.za'), style='exchange', host='smtp.dcdt-gov.gov.za',
  subj='RE: Circular CI-19/35 – Fostering tech and innovation SMEs', sent='2019-08-12 08:47:19', tz='+0200',
  mid='<b2d7c0f4a3e14c8e93f1d55c3a2e7e61@dcdt-gov.gov.za>',
  body="""Dear ITU Secretariat,

South Africa confirms its interest in the consultation sessions on fostering tech and innovation SMEs, including the first session in Budapest on 10 September.

The name of our participant is still awaiting internal approval and will be sent to you as soon as possible, hopefully before the deadline.

Kind regards

Thandiwe Nkosi
Deputy Director: Multilateral Relations
Department of Communications and Digital Technologies
Pretoria
""")

M(key='gbr', lang='en', cs='us-ascii', cte='7bit', kind='decline', ms='GBR',
  frm=('International Telecoms Team', 'intl.telecoms@dcms-uk.gov.uk'), style='outlookcom', host='mail.dcms-uk.gov.uk',
  subj='RE: ITU CI-19/35', sent='2019-08-08 11:20:44', tz='+0100',
  mid='<LO2P265MB0461A3F9C8D2E1B7@LO2P265MB0461.GBRP265.PROD.OUTLOOK.COM>',
  body="""Dear Colleagues,

Thank you for the invitation to the consultation sessions on fostering tech and innovation SMEs.

Unfortunately the UK will not be in a position to send a representative to the session in Budapest on 10 September, as our delegation to ITU Telecom World is already fully committed. We remain very supportive of the work on SME engagement following Resolution 209 and will follow the outcomes with interest.

Best wishes,

International Telecoms Team
Department for Digital, Culture, Media and Sport
London
""")

M(key='usa', lang='en', cs='us-ascii', cte='7bit', kind='inquiry', ms='USA',
  frm=('Daniel R. Whitaker', 'WhitakerDR@state-dept.gov'), style='exchange', host='mail.state-dept.gov',
  subj='Question re CI-19/35 consultation session in Budapest', sent='2019-08-01 09:58:12', tz='-0400',
  mid='<7A1E5C3B09F4D24A8E7F0B6C1D2A3E4F@EXDAG07.state-dept.gov>',
  body="""Mr. Clark,

Before we can put forward a name for the 10 September session we have two questions:

1) Will remote participation be possible for those Member States not sending a delegation to Telecom World?
2) May a Member State's participant be accompanied by representatives of national SMEs, or is the session restricted to government officials?

Also, could you share the draft agenda when it is available?

Thank you,

Daniel R. Whitaker
Telecommunications Policy Officer
Office of Multilateral Affairs
U.S. Department of State
""")

M(key='ken2', sup='ken', lang='en', cs='iso-8859-1', cte='quoted-printable', kind='correction', ms='KEN',
  frm=('Lucy Atieno', 'latieno@ca-regulator.go.ke'), style='exchange', host='mail.ca-regulator.go.ke',
  subj='RE: CI-19/35 - change of nominee for Budapest', sent='2019-08-20 14:02:36', tz='+0300',
  mid='<5D5BD2FC.1030807@ca-regulator.go.ke>', irt='<5D43E1A2.6090503@ca-regulator.go.ke>',
  dels=[D('Grace Wanjiru Mwangi', title='Principal Officer, Research and Innovation', email='gmwangi@ca-regulator.go.ke')],
  body="""Dear Mr Clark,

Please note a change to Kenya's nomination for the Budapest consultation session. Eng. Peter Kamau Njoroge will no longer be able to travel. He will be replaced by Ms. Grace Wanjiru Mwangi, Principal Officer, Research and Innovation (gmwangi@ca-regulator.go.ke).

Apologies for any inconvenience.

Kind regards,
Lucy Atieno
Communications Authority, Nairobi
""")

M(key='vendor', lang='en', cs='utf-8', cte='quoted-printable', fmt='alt', kind='unrelated',
  frm=('ExpoStand Solutions', 'events@expostand-solutions.com'), style='postfix', host='out-7.mailrelay-expostand.com',
  subj='Exhibiting at ITU Telecom World 2019 Budapest? Last stands & award nominations open',
  sent='2019-08-07 06:00:00', tz='+0000', mid='<20190807060000.31452.8842@out-7.mailrelay-expostand.com>',
  extra=['List-Unsubscribe: <mailto:unsubscribe@expostand-solutions.com?subject=unsub-9912>', 'Precedence: bulk'],
  body="""Hello,

ITU Telecom World 2019 takes place in Budapest, Hungary from 9 to 12 September. Still looking for a stand?

★ Turnkey booths from 9 m² – design, build and on-site support
★ Hotel blocks near Hungexpo at negotiated rates
★ Nominations for our "Best Booth Design" award close on 16 August – nominate your team today!

Reply to this e-mail or book a call with our Budapest project manager.

Kind regards,
The ExpoStand Solutions team

You are receiving this e-mail because you attended a trade fair in the past. Unsubscribe: https://expostand-solutions.com/u/9912
""")

M(key='ooo_en', lang='en', cs='us-ascii', cte='7bit', kind='auto_reply',
  frm=('Okonkwo, Chinedu', 'c.okonkwo@ncc-ng-example.gov.ng'), style='exchange', host='mail.ncc-ng-example.gov.ng',
  subj='Automatic reply: CI-19/35 - reminder: nominations due 16 August', sent='2019-08-12 10:31:04', tz='+0100',
  mid='<a71e4d2c9f0b4a3e8d6f1c5b2e7a9d30@ncc-ng-example.gov.ng>', return_path='',
  extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: c.okonkwo@ncc-ng-example.gov.ng'],
  body="""Thank you for your email.

I am currently out of the office on annual leave until Monday 26 August 2019 with limited access to email. For urgent matters relating to ITU, please contact the International Cooperation Unit on +234 9 000 2211.

Regards,
Chinedu Okonkwo
""")

M(key='bounce_itu', lang='en', cs='us-ascii', cte='7bit', fmt='report', kind='bounce',
  frm=('Mail Delivery System', 'MAILER-DAEMON@mx2.itu.int'), style='postfix', host='mx2.itu.int', ip='156.106.192.42',
  return_path='', subj='Undelivered Mail Returned to Sender', sent='2019-08-13 16:44:51', tz='+0200', lag=1,
  mid='<20190813144451.6B2C1A0042@mx2.itu.int>',
  extra=['Auto-Submitted: auto-replied'],
  body="""This is the mail system at host mx2.itu.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.mbeki@ict-ministry.gov.zm>: host mail.ict-ministry.gov.zm[196.46.0.17] said:
    550 5.1.1 <j.mbeki@ict-ministry.gov.zm>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""",
  dsn="""Reporting-MTA: dns; mx2.itu.int
X-Postfix-Queue-ID: 6B2C1A0042
X-Postfix-Sender: rfc822; sme@itu.int
Arrival-Date: Tue, 13 Aug 2019 16:44:49 +0200 (CEST)

Final-Recipient: rfc822; j.mbeki@ict-ministry.gov.zm
Original-Recipient: rfc822;j.mbeki@ict-ministry.gov.zm
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.ict-ministry.gov.zm
Diagnostic-Code: smtp; 550 5.1.1 <j.mbeki@ict-ministry.gov.zm>: Recipient
    address rejected: User unknown in virtual mailbox table
""",
  orig="""Return-Path: <sme@itu.int>
Received: from itu.int (exch3.itu.int [156.106.200.13])
	by mx2.itu.int (Postfix) with ESMTPS id 6B2C1A0042
	for <j.mbeki@ict-ministry.gov.zm>; Tue, 13 Aug 2019 16:44:49 +0200 (CEST)
From: ITU SME <sme@itu.int>
To: <j.mbeki@ict-ministry.gov.zm>
Subject: Reminder: CI-19/35 - nominations for the Budapest consultation session by 16 August
Date: Tue, 13 Aug 2019 14:44:40 +0000
Message-ID: <9f1c3b7e5a2d4e61b8c0@exch3.itu.int>
""")

M(key='jam', lang='en', cs='us-ascii', cte='7bit', kind='nomination', ms='JAM',
  frm=('Simone Grant-Powell', 'simone.grant-powell@mset-gov.gov.jm'), style='outlookcom', host='mail.mset-gov.gov.jm',
  subj='Jamaica - participation in SME consultation, Budapest', sent='2019-08-16 21:40:26', tz='-0500',
  mid='<CY4PR0601MB3651E0A2B7C94D81F6A3C9E4D1B70@CY4PR0601MB3651.namprd06.prod.outlook.com>',
  dels=[D('Damion Campbell', title='Senior Policy Analyst', email='damion.campbell@mset-gov.gov.jm')],
  body="""Good evening,

I hope this reaches you in time. We are pleased to advise that Mr. Damion Campbell, Senior Policy Analyst in the Ministry (damion.campbell@mset-gov.gov.jm), will represent Jamaica at the first consultation session on 10 September during ITU Telecom World.

Apologies for the late response - the approval only came through this afternoon.

Regards,
Simone Grant-Powell
Director, Telecommunications Policy
Ministry of Science, Energy and Technology
Kingston, Jamaica
""")

M(key='sgp', lang='en', cs='utf-8', cte='quoted-printable', kind='nomination', ms='SGP',
  frm=('TAN Wei Ling (IMDA)', 'tan_wei_ling@imda-sg.gov.sg'), style='outlookcom', host='mail.imda-sg.gov.sg',
  subj='RE: CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs', sent='2019-08-05 16:12:09', tz='+0800',
  mid='<SG2PR06MB30040A1C5E2F78B94D6C2E31A1F90@SG2PR06MB3004.apcprd06.prod.outlook.com>',
  dels=[D('Tan Wei Ling', title='Deputy Director, International Relations', email='tan_wei_ling@imda-sg.gov.sg')],
  body="""Hi Christopher,

Singapore is keen to join the consultation. I will be attending the Budapest session myself on behalf of Singapore, as I am already registered for Telecom World.

Look forward to meeting you there.

Best,
TAN Wei Ling (Ms)
Deputy Director, International Relations
Infocomm Media Development Authority
10 Pasir Panjang Road, Singapore
DID: +65 6000 3347

""" + quote(outlook_hdr('Tuesday, 23 July, 2019 10:05 PM', 'TAN Wei Ling (IMDA)') + '\n' + CIRC_EN))

M(key='uga', lang='en', cs='utf-8', cte='base64', kind='nomination', ms='UGA',
  frm=('Ruth Nakato', 'rnakato@ucc-reg.go.ug'), style='postfix', host='mail.ucc-reg.go.ug',
  subj='Fwd: Uganda nominations for ITU SME consultation (CI-19/35)', sent='2019-08-15 11:47:55', tz='+0300',
  mid='<3c6e8f1a-2b4d-4f7e-9a1c-5d8e0b2f4a61@ucc-reg.go.ug>',
  sess=['budapest-2019', 'wsis-2020'],
  dels=[D('Patrick Ssemwogerere', title='Director, Industry Affairs and Content Development', email='pssemwogerere@ucc-reg.go.ug'),
        D('Brenda Akello Opio', title='Manager, Innovation and Research', email='bakello@ucc-reg.go.ug'),
        D('Joseph Kizito Mukasa', title='Principal Officer, ICT Hubs Programme', email='jmukasa@ict-ministry.go.ug')],
  body="""Dear ITU SME team,

Forwarding below the Executive Director's approval of Uganda's nominations, as requested.

Best regards,
Ruth Nakato | International Relations Officer | Uganda Communications Commission

---------- Forwarded message ---------
From: Executive Director <ed@ucc-reg.go.ug>
Date: Wed, 14 Aug 2019 at 18:20
Subject: Uganda nominations for ITU SME consultation (CI-19/35)
To: Ruth Nakato <rnakato@ucc-reg.go.ug>

Ruth,

Approved. Please submit the following names to ITU for the consultation session in Budapest and, subsequently, for the session at the WSIS Forum in Geneva next year:

1. Mr. Patrick Ssemwogerere – Director, Industry Affairs and Content Development (pssemwogerere@ucc-reg.go.ug)
2. Ms. Brenda Akello Opio – Manager, Innovation and Research (bakello@ucc-reg.go.ug)
3. Mr. Joseph Kizito Mukasa – Principal Officer, ICT Hubs Programme, Ministry of ICT & National Guidance (jmukasa@ict-ministry.go.ug)

ED
""")

M(key='itu_internal', lang='en', cs='us-ascii', cte='7bit', kind='unrelated',
  frm=('Logistics Telecom World', 'tw-logistics@itu.int'), style='exchange', host='exch3.itu.int', ip='156.106.200.13',
  subj='Budapest: room booking for SME consultation 10 Sept - please confirm AV needs', sent='2019-08-19 10:02:13', tz='+0200',
  mid='<0C7A93E1F2B54D1E8A3C6F0B9D2E5A71@exch3.itu.int>',
  body="""Hi SME team,

We have provisionally allocated Room B2 (Hungexpo, pavilion G) for the Member States' consultation on 10 September, 14:00-16:00, capacity 60 theatre style.

Could you confirm by Friday:
- final number of nominated participants (a rough figure is fine),
- whether you need interpretation booths,
- AV: two lapel mics and one projector OK?

Thanks,
Telecom World Logistics
""")

# ================================================================ FRENCH
M(key='sen', lang='fr', cs='iso-8859-1', cte='quoted-printable', kind='nomination', ms='SEN',
  frm=('Ndèye Awa Sarr', 'ndeyeawa.sarr@artp-regul.sn'), hcs='iso-8859-1', henc='Q', style='postfix',
  host='mail.artp-regul.sn',
  subj='Réponse à la lettre circulaire CI-19/35', sent='2019-08-07 12:26:40', tz='+0000',
  mid='<5D4AC3E0.2080906@artp-regul.sn>',
  dels=[D('Mamadou Lamine DIOP', title="Directeur de l'Économie numérique et de la Prospective", email='ml.diop@artp-regul.sn')],
  body="""Madame, Monsieur,

Faisant suite à votre lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous faire part de l'intérêt de l'Autorité de Régulation des Télécommunications et des Postes (ARTP) du Sénégal pour les sessions de consultation « Favoriser les PME du secteur des technologies et de l'innovation ».

Pour la première session, prévue le 10 septembre 2019 à Budapest, l'ARTP désigne :

M. Mamadou Lamine DIOP
Directeur de l'Économie numérique et de la Prospective
Courriel : ml.diop@artp-regul.sn
Tél. : +221 33 000 47 12

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Ndèye Awa Sarr
Chef de la Division Coopération internationale
ARTP - Dakar
""")

M(key='civ', lang='fr', cs='windows-1252', cte='base64', kind='nomination', ms='CIV',
  frm=("Mission permanente de Côte d'Ivoire", 'mission.geneve@diplomatie-ci.gouv.ci'), hcs='windows-1252', henc='Q',
  style='exchange', host='smtp.diplomatie-ci.gouv.ci',
  subj='NV 0412/MPCI/GE - Consultation PME UIT (CI-19/35)', sent='2019-08-13 10:05:17', tz='+0200',
  mid='<D2A01C7E9B3F4E2C8A51F6B0C9E7D3A2@MBX02.diplomatie-ci.gouv.ci>',
  dels=[D('KOUASSI Adjoua Mireille', title='Conseiller chargé des questions de télécommunications',
          email='am.kouassi@diplomatie-ci.gouv.ci')],
  body="""N° 0412/MPCI/GE/ce

La Mission Permanente de la République de Côte d'Ivoire auprès de l'Office des Nations Unies et des autres Organisations Internationales à Genève présente ses compliments au Secrétariat général de l'Union Internationale des Télécommunications (UIT) et, se référant à la lettre circulaire CI-19/35 du 23 juillet 2019, a l'honneur de l'informer de l'intérêt du Gouvernement ivoirien pour la série de sessions de consultation consacrées aux PME du secteur des technologies et de l'innovation.

À cet effet, la Mission Permanente a l'honneur de communiquer ci-après le nom de la personne désignée pour prendre part à la première session, prévue le 10 septembre 2019 à Budapest (Hongrie), en marge d'ITU Telecom World 2019 :

- Madame KOUASSI Adjoua Mireille, Conseiller chargé des questions de télécommunications, Mission Permanente de Côte d'Ivoire à Genève (am.kouassi@diplomatie-ci.gouv.ci).

La Mission Permanente de la République de Côte d'Ivoire saisit cette occasion pour renouveler au Secrétariat général de l'UIT les assurances de sa haute considération.

Genève, le 13 août 2019

Secrétariat général de l'UIT
Place des Nations
1211 Genève 20
""")

M(key='mar', lang='fr', cs='utf-8', cte='quoted-printable', fmt='alt', kind='nomination', ms='MAR',
  frm=('Bureau des Relations Internationales', 'bri@anrt-regul.ma'), hcs='utf-8', henc='Q', style='exchange',
  host='mail.anrt-regul.ma',
  subj='TR: Lettre circulaire CI-19/35 - désignation des participants', sent='2019-08-14 17:48:03', tz='+0100',
  mid='<AM0PR02MB5521F0C3D1A24E9B8C7D6E5F4A3B2C19@AM0PR02MB5521.eurprd02.prod.outlook.com>',
  sess=['budapest-2019', 'cwg-2020'],
  dels=[D('Youssef El Amrani', title='Chef du Département Stratégie et Innovation', email='elamrani.y@anrt-regul.ma'),
        D('Salma Bennani', title='Ingénieure principale, Service Économie numérique', email='bennani.s@anrt-regul.ma')],
  body="""Monsieur,

Suite à la lettre circulaire CI-19/35, l'Agence Nationale de Réglementation des Télécommunications du Royaume du Maroc a le plaisir de vous confirmer son intérêt et de désigner :

1. M. Youssef EL AMRANI, Chef du Département Stratégie et Innovation – elamrani.y@anrt-regul.ma
2. Mme Salma BENNANI, Ingénieure principale, Service Économie numérique – bennani.s@anrt-regul.ma

pour participer à la première session (Budapest, 10 septembre 2019) ainsi qu'à la session qui se tiendra lors des réunions des Groupes de travail du Conseil début 2020.

Veuillez agréer, Monsieur, nos salutations distinguées.

Bureau des Relations Internationales
ANRT – Rabat
""")

M(key='cmr', lang='fr', cs='iso-8859-15', cte='quoted-printable', kind='nomination', ms='CMR',
  frm=('NGONO Marie-Claire', 'mc.ngono@minpostel-cm.gov.cm'), hcs='iso-8859-15', henc='Q', style='postfix',
  host='mail.minpostel-cm.gov.cm',
  subj='RE: CI-19/35 - Sessions de consultation - Favoriser les PME', sent='2019-08-10 09:31:22', tz='+0100',
  mid='<000c01d54f4a$3b2e1f80$b18a5e80$@minpostel-cm.gov.cm>',
  dels=[D('ESSOMBA ATANGANA Jean-Paul', title="Sous-Directeur de la Promotion de l'Économie numérique",
          email='jp.essomba@minpostel-cm.gov.cm')],
  body="""Bonjour,

Le Cameroun est intéressé. Le Ministère des Postes et Télécommunications désigne M. ESSOMBA ATANGANA Jean-Paul, Sous-Directeur de la Promotion de l'Économie numérique, pour la session de Budapest.

Ses coordonnées : jp.essomba@minpostel-cm.gov.cm / +237 6 00 00 41 18

Cordialement,

NGONO Marie-Claire
Cellule de la Coopération
MINPOSTEL - Yaoundé

-----Message d'origine-----
De : ITU SME [mailto:sme@itu.int]
Envoyé : mardi 23 juillet 2019 16:20
À : NGONO Marie-Claire
Objet : CI-19/35 - Sessions de consultation pour les États Membres : Favoriser les PME du secteur des technologies et de l'innovation

""" + CIRC_FR)

M(key='cod', lang='fr', cs='utf-8', cte='8bit', kind='interest_only', ms='COD',
  frm=('Secrétariat Général PT-NTIC', 'sg.ptntic@ptntic-rdc.gouv.cd'), hcs='utf-8', henc='B', style='yahoo',
  host='smtp.ptntic-rdc.gouv.cd',
  subj='Manifestation d’intérêt – CI-19/35', sent='2019-08-16 16:55:48', tz='+0100',
  mid='<1565970948.412.ptntic-rdc@smtp.ptntic-rdc.gouv.cd>',
  body="""Monsieur le Secrétaire général,

Le Ministère des Postes, Télécommunications et Nouvelles Technologies de l'Information et de la Communication de la République Démocratique du Congo manifeste son vif intérêt pour les sessions de consultation relatives aux PME du secteur des technologies et de l'innovation.

Le nom du participant à la session de Budapest vous sera communiqué ultérieurement, dès que la désignation aura été validée par la hiérarchie.

Haute considération.

Le Secrétaire Général
Kinshasa/Gombe
""")

M(key='mdg', lang='fr', cs='iso-8859-1', cte='8bit', kind='decline', ms='MDG',
  frm=('Rasoanaivo Hanitra', 'h.rasoanaivo@mptdn-mg.gov.mg'), hcs='iso-8859-1', henc='Q', style='postfix',
  host='mail.mptdn-mg.gov.mg',
  subj='Re: CI-19/35', sent='2019-08-09 14:18:37', tz='+0300',
  mid='<5D4D5A6D.9040102@mptdn-mg.gov.mg>',
  body="""Monsieur,

Nous accusons réception de la lettre circulaire CI-19/35 et vous en remercions.

Au regret de vous informer que, pour des contraintes budgétaires, Madagascar ne sera pas en mesure de se faire représenter à la session de consultation de Budapest. Nous suivrons néanmoins avec attention les travaux sur les PME.

Cordialement,

Hanitra RASOANAIVO
Direction de la Coopération
Ministère des Postes, des Télécommunications et du Développement Numérique
Antananarivo
""")

M(key='hti', lang='fr', cs='windows-1252', cte='quoted-printable', kind='inquiry', ms='HTI',
  frm=('Jean-Robert Pierre-Louis', 'jrpierrelouis@conatel-ht.gouv.ht'), hcs='windows-1252', henc='Q', style='gmail',
  host='mail-wm1-f62.google.com',
  subj='Question - prise en charge participation Budapest (CI-19/35)', sent='2019-08-03 10:07:29', tz='-0400',
  mid='<CAGx9Rk2mP4qW7tE1vN0bZcY8sL5hJ3fD6aU2iO9xK1rT4eQmVw@mail.gmail.com>',
  body="""Bonjour M. Clark,

Haïti souhaiterait participer à la session du 10 septembre. Pourriez-vous nous indiquer si l'UIT prévoit des bourses ou une prise en charge des frais de voyage pour les PMA ? Dans la négative, une participation à distance est-elle envisageable ?

Dès réception de votre réponse nous vous communiquerons le nom de notre participant.

Merci d'avance,
Jean-Robert Pierre-Louis
Conseil National des Télécommunications (CONATEL)
Port-au-Prince
""")

M(key='sen2', sup='sen', lang='fr', cs='iso-8859-1', cte='quoted-printable', kind='correction', ms='SEN',
  frm=('Ndèye Awa Sarr', 'ndeyeawa.sarr@artp-regul.sn'), hcs='iso-8859-1', henc='Q', style='postfix',
  host='mail.artp-regul.sn',
  subj='Re: Réponse à la lettre circulaire CI-19/35 - complément', sent='2019-08-16 23:59:31', tz='+0200', lag=74,
  mid='<5D572723.5010803@artp-regul.sn>', irt='<5D4AC3E0.2080906@artp-regul.sn>',
  sess=['budapest-2019', 'wsis-2020'],
  dels=[D('Mamadou Lamine DIOP', email='ml.diop@artp-regul.sn'),
        D('Fatou NDIAYE', title='Chargée de mission, Incubateurs et startups', email='f.ndiaye@artp-regul.sn')],
  body="""Madame, Monsieur,

En complément de notre message du 7 août, l'ARTP souhaite ajouter une seconde participante. La délégation du Sénégal se composera donc de :

- M. Mamadou Lamine DIOP (ml.diop@artp-regul.sn)
- Mme Fatou NDIAYE, Chargée de mission, Incubateurs et startups (f.ndiaye@artp-regul.sn)

Les deux participeront à la session de Budapest ainsi qu'à celle du Forum du SMSI 2020.

Cordialement,
Ndèye Awa Sarr
ARTP - Dakar

Le 07/08/2019 à 12:26, Ndèye Awa Sarr a écrit :
> Pour la première session, prévue le 10 septembre 2019 à Budapest, l'ARTP désigne :
> M. Mamadou Lamine DIOP
""")

M(key='ooo_fr', lang='fr', cs='iso-8859-1', cte='quoted-printable', kind='auto_reply',
  frm=('BOUCHARD Hélène', 'helene.bouchard@anfr-example.fr'), hcs='iso-8859-1', henc='Q', style='exchange',
  host='mail.anfr-example.fr', return_path='',
  subj='Réponse automatique : CI-19/35 - rappel', sent='2019-08-13 14:45:02', tz='+0200',
  mid='<4b0f1e7c2d3a49e8b5c6a7d8e9f0a1b2@anfr-example.fr>',
  extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
  body="""Bonjour,

Je suis absente du bureau jusqu'au 2 septembre inclus. Pendant mon absence, merci de vous adresser à international@anfr-example.fr.

Cordialement,
Hélène Bouchard
""")

M(key='fr_unrel', lang='fr', cs='utf-8', cte='base64', fmt='alt', kind='unrelated',
  frm=('Lettre d’information Afrique Numérique', 'newsletter@afrique-numerique-hebdo.com'), hcs='utf-8', henc='Q',
  style='postfix', host='mta2.afrique-numerique-hebdo.com',
  subj='Afrique Numérique Hebdo n°212 : nominations, Budapest et startups', sent='2019-08-11 07:30:00', tz='+0000',
  mid='<nl212.20190811073000.ah@mta2.afrique-numerique-hebdo.com>',
  extra=['List-Unsubscribe: <https://afrique-numerique-hebdo.com/desinscription>', 'Precedence: bulk'],
  body="""AFRIQUE NUMÉRIQUE HEBDO – n°212

À LA UNE
• Nominations : un nouveau directeur général à la tête de l'autorité de régulation du Bénin.
• Budapest : les startups africaines attendues en nombre à ITU Telecom World (9-12 septembre).
• Mobile money : le Sénégal dépasse les 10 millions de comptes actifs.

AGENDA
10 septembre – Budapest – Forum des PME innovantes
3 octobre – Abidjan – Salon AfricaTech

Vous recevez cette lettre car vous êtes abonné(e). Se désinscrire : https://afrique-numerique-hebdo.com/desinscription
""")

# ================================================================ SPANISH
M(key='col', lang='es', cs='iso-8859-1', cte='quoted-printable', kind='nomination', ms='COL',
  frm=('Asuntos Internacionales MinTIC', 'internacional@mintic-gov.gov.co'), hcs='iso-8859-1', henc='Q', style='outlookcom',
  host='mail.mintic-gov.gov.co',
  subj='Respuesta Circular CI-19/35 - Colombia', sent='2019-08-16 18:10:44', tz='-0500',
  mid='<BN6PR05MB3347D2A6F8E14C0BB9A3E71C2D6F0@BN6PR05MB3347.namprd05.prod.outlook.com>', itu_tz='+0000',
  dels=[D('Andrés Felipe Rojas Castaño', title='Asesor del Despacho del Viceministro de Economía Digital',
          email='arojas@mintic-gov.gov.co')],
  body="""Respetados señores:

En atención a la Circular CI-19/35, el Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia manifiesta su interés en participar en las sesiones de consulta "Fomento de las PYME tecnológicas e innovadoras" y se permite informar que el participante designado para la primera sesión, que tendrá lugar el 10 de septiembre de 2019 en Budapest, es el doctor Andrés Felipe Rojas Castaño, Asesor del Despacho del Viceministro de Economía Digital (arojas@mintic-gov.gov.co).

Cordialmente,

Oficina de Asuntos Internacionales
Ministerio de Tecnologías de la Información y las Comunicaciones
Bogotá D.C., Colombia
""")

M(key='mex', lang='es', cs='utf-8', cte='quoted-printable', fmt='alt', kind='nomination', ms='MEX',
  frm=('Unidad de Asuntos Internacionales - IFT', 'uai@ift-regulador.org.mx'), style='exchange',
  host='correo.ift-regulador.org.mx',
  subj='RE: CI-19/35 Sesiones de consulta PYME - designación', sent='2019-08-08 12:14:06', tz='-0500',
  mid='<6E0D3B9A1C2F4A7E8D5B0C1E2F3A4B5C@CORREO01.ift-regulador.org.mx>',
  dels=[D('Laura Elena Martínez Ortega', title='Directora General de Asuntos Multilaterales', email='laura.martinez@ift-regulador.org.mx'),
        D('Ricardo Hernández Villarreal', title='Subdirector de Innovación y Competencia', email='ricardo.hernandez@ift-regulador.org.mx')],
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head>
<body><div style="font-family:Arial;font-size:10pt">
<p>Estimados colegas de la UIT:</p>
<p>Con relación a la Circular CI-19/35, el Instituto Federal de Telecomunicaciones de México confirma su interés y designa a las siguientes personas para la primera sesión de consulta en Budapest:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#1F4E79;color:white"><th>Nombre</th><th>Cargo</th><th>Correo</th></tr>
<tr><td>Mtra. Laura Elena Martínez Ortega</td><td>Directora General de Asuntos Multilaterales</td><td>laura.martinez@ift-regulador.org.mx</td></tr>
<tr><td>Ing. Ricardo Hernández Villarreal</td><td>Subdirector de Innovación y Competencia</td><td>ricardo.hernandez@ift-regulador.org.mx</td></tr>
</table>
<p>Saludos cordiales,</p>
<p><b>Unidad de Asuntos Internacionales</b><br>Instituto Federal de Telecomunicaciones<br>Ciudad de México</p>
</div></body></html>
""",
  body="""Estimados colegas de la UIT:

Con relación a la Circular CI-19/35, el Instituto Federal de Telecomunicaciones de México confirma su interés y designa a las siguientes personas para la primera sesión de consulta en Budapest:

Nombre | Cargo | Correo
Mtra. Laura Elena Martínez Ortega | Directora General de Asuntos Multilaterales | laura.martinez@ift-regulador.org.mx
Ing. Ricardo Hernández Villarreal | Subdirector de Innovación y Competencia | ricardo.hernandez@ift-regulador.org.mx

Saludos cordiales,

Unidad de Asuntos Internacionales
Instituto Federal de Telecomunicaciones
Ciudad de México
""")

M(key='arg', lang='es', cs='windows-1252', cte='quoted-printable', kind='nomination', ms='ARG',
  frm=('Relaciones Internacionales ENACOM', 'rrii@enacom-reg.gob.ar'), hcs='windows-1252', henc='Q', style='postfix',
  host='mail.enacom-reg.gob.ar',
  subj='CI-19/35 - Participación argentina', sent='2019-08-12 15:40:58', tz='-0300',
  mid='<2a9c7e31-5f4b-48d2-b0e6-1c3d5f7a9b2e@enacom-reg.gob.ar>',
  dels=[D('María Fernanda Gutiérrez', title='Coordinadora de Innovación y Emprendimientos TIC', email='mfgutierrez@enacom-reg.gob.ar')],
  body="""Estimados:

Por medio de la presente informamos que la Lic. María Fernanda Gutiérrez, Coordinadora de Innovación y Emprendimientos TIC (mfgutierrez@enacom-reg.gob.ar), participará en representación de la República Argentina en la primera sesión de consulta (Budapest, 10/9). De ser posible, también nos interesaría participar en la sesión del Foro de la CMSI 2020; lo confirmaremos oportunamente.

Saludos cordiales,

Dirección Nacional de Relaciones Internacionales
Ente Nacional de Comunicaciones
Buenos Aires
""")

M(key='esp', lang='es', cs='utf-8', cte='base64', kind='nomination', ms='ESP',
  frm=('Misión Permanente de España - Ginebra', 'mision.ginebra@maec-es.es'), style='exchange',
  host='correo.maec-es.es',
  subj='Nota Verbal n.º 231/2019 – Circular UIT CI-19/35', sent='2019-08-15 13:02:27', tz='+0200',
  mid='<0A3F5C7E9B1D4F6A8C0E2A4C6E8A0C2E@MAEXCH04.maec-es.es>',
  dels=[D('Carmen López de la Fuente', title='Consejera de Telecomunicaciones', email='carmen.lopez@maec-es.es')],
  body="""NOTA VERBAL
N.º 231/2019

La Misión Permanente de España ante la Oficina de las Naciones Unidas y los Organismos Internacionales con sede en Ginebra saluda atentamente a la Secretaría General de la Unión Internacional de Telecomunicaciones y, en relación con la Carta Circular CI-19/35, de 23 de julio de 2019, tiene el honor de comunicarle el interés de España en participar en las sesiones de consulta sobre el fomento de las PYME tecnológicas e innovadoras.

España estará representada en la primera sesión, que se celebrará en Budapest el 10 de septiembre de 2019, por D.ª Carmen López de la Fuente, Consejera de Telecomunicaciones de esta Misión Permanente (carmen.lopez@maec-es.es).

La Misión Permanente de España aprovecha la ocasión para reiterar a la Secretaría General de la UIT el testimonio de su más alta consideración.

Ginebra, 15 de agosto de 2019
""")

M(key='per', lang='es', cs='iso-8859-1', cte='8bit', kind='interest_only', ms='PER',
  frm=('Oficina de Cooperación Internacional MTC', 'oci@mtc-peru.gob.pe'), hcs='iso-8859-1', henc='Q', style='postfix',
  host='mail.mtc-peru.gob.pe',
  subj='Interés del Perú - Circular CI-19/35', sent='2019-08-09 11:23:15', tz='-0500',
  mid='<1565367795.20887.1.camel@mtc-peru.gob.pe>',
  sess=['budapest-2019', 'cwg-2020', 'wsis-2020'],
  body="""Señores UIT:

El Ministerio de Transportes y Comunicaciones del Perú expresa su interés en participar en toda la serie de sesiones de consulta (Budapest 2019, Grupos de Trabajo del Consejo y Foro CMSI 2020). Estamos gestionando la designación del participante y les comunicaremos el nombre a la brevedad.

Atentamente,
Oficina de Cooperación Internacional
MTC - Lima
""")

M(key='chl', lang='es', cs='utf-8', cte='quoted-printable', kind='decline', ms='CHL',
  frm=('Subtel - Relaciones Internacionales', 'internacional@subtel-chile.gob.cl'), style='gmail',
  host='mail-wm1-f45.google.com',
  subj='Re: CI-19/35', sent='2019-08-14 09:51:40', tz='-0400',
  mid='<CAMp2Z7y6uJ0kQ3xE9wTfR5bN1cV8aL4hG0sD7mP2iY6oK3nXjA@mail.gmail.com>',
  body="""Estimados,

Agradecemos la invitación. Lamentablemente Chile no podrá participar en la sesión de Budapest, ya que no enviaremos delegación a ITU Telecom World este año.

Quedamos atentos a futuras instancias.

Saludos,
Subsecretaría de Telecomunicaciones
Santiago de Chile
""")

M(key='ecu', lang='es', cs='utf-8', cte='8bit', kind='inquiry', ms='ECU',
  frm=('Verónica Andrade', 'veronica.andrade@arcotel-ec.gob.ec'), style='postfix', host='mail.arcotel-ec.gob.ec',
  subj='Consulta sobre idiomas - sesión de consulta PYME Budapest', sent='2019-08-06 08:15:33', tz='-0500',
  mid='<7f3a2c1e-9d8b-4e6f-a5c4-3b2a1d0e9f8c@arcotel-ec.gob.ec>',
  body="""Buenos días,

Quisiera consultar si la sesión del 10 de septiembre en Budapest contará con interpretación al español, y si existe un formulario de inscripción específico además del envío del nombre por correo.

Muchas gracias.

Verónica Andrade
Analista de Relaciones Internacionales
Agencia de Regulación y Control de las Telecomunicaciones
Quito – Ecuador
""")

M(key='mex2', sup='mex', lang='es', cs='utf-8', cte='quoted-printable', kind='correction', ms='MEX',
  frm=('Unidad de Asuntos Internacionales - IFT', 'uai@ift-regulador.org.mx'), style='exchange',
  host='correo.ift-regulador.org.mx',
  subj='RE: CI-19/35 Sesiones de consulta PYME - cambio en la delegación', sent='2019-08-27 10:30:12', tz='-0500',
  mid='<9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4E@CORREO01.ift-regulador.org.mx>',
  irt='<6E0D3B9A1C2F4A7E8D5B0C1E2F3A4B5C@CORREO01.ift-regulador.org.mx>',
  dels=[D('Laura Elena Martínez Ortega', title='Directora General de Asuntos Multilaterales', email='laura.martinez@ift-regulador.org.mx')],
  body="""Estimados colegas:

Les informamos que el Ing. Ricardo Hernández Villarreal ya no formará parte de la delegación de México para la sesión de Budapest. Por lo tanto, únicamente asistirá la Mtra. Laura Elena Martínez Ortega, Directora General de Asuntos Multilaterales.

Agradecemos tomar nota.

Unidad de Asuntos Internacionales
Instituto Federal de Telecomunicaciones
""")

M(key='bol', lang='es', cs='utf-8', cte='8bit', kind='nomination', ms='BOL',
  frm=('Carlos Mamani', 'cmamani.att@hotmail.com'), style='outlookcom', host='mail-oln040092066011.outbound.protection.outlook.com',
  subj='RE: CI-19/35', sent='2019-08-11 20:14:52', tz='-0400',
  mid='<CP2PR80MB1283B7E0E3F9A4C1D2B6A8F9C3E1D07@CP2PR80MB1283.lamprd80.prod.outlook.com>',
  dels=[D('Carlos Mamani Quispe', title='Jefe de Unidad de Innovación Tecnológica, ATT', email='cmamani.att@hotmail.com')],
  body="""Buenas noches, confirmo mi participación por Bolivia en la sesión de Budapest.

Saludos
Ing. Carlos Mamani Quispe
Jefe de Unidad de Innovación Tecnológica
Autoridad de Regulación y Fiscalización de Telecomunicaciones y Transportes (ATT)
La Paz – Bolivia

Enviado desde Outlook Mobile
""")

# ================================================================ RUSSIAN
M(key='rus', lang='ru', cs='koi8-r', cte='8bit', kind='nomination', ms='RUS',
  frm=('Смирнова Анастасия Владимировна', 'av.smirnova@mintsifry-rf.gov.ru'), hcs='koi8-r', henc='B', style='exchange',
  host='mx.mintsifry-rf.gov.ru',
  subj='Ответ на CI-19/35: кандидатура для участия в консультации (Будапешт, 10.09.2019)',
  sent='2019-08-09 16:34:21', tz='+0300', mid='<3E8F2B1A7C5D4E6F90A1B2C3D4E5F607@mbx03.mintsifry-rf.gov.ru>',
  dels=[D('Иванов Сергей Петрович', aliases=['Иванова Сергея Петровича'],
          title='заместитель директора Департамента международного сотрудничества', email='s.ivanov@mintsifry-rf.gov.ru')],
  body="""Уважаемые коллеги!

Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации подтверждает заинтересованность в участии в серии консультаций "Содействие развитию малых и средних предприятий в сфере технологий и инноваций".

Для участия в первой консультационной сессии, которая состоится 10 сентября 2019 г. в рамках ITU Telecom World 2019 (г. Будапешт), предлагаем направить Иванова Сергея Петровича, заместителя директора Департамента международного сотрудничества (тел. +7 495 000-12-34, эл. почта: s.ivanov@mintsifry-rf.gov.ru).

С уважением,
А.В. Смирнова
консультант отдела многостороннего сотрудничества
Департамент международного сотрудничества
""")

M(key='blr', lang='ru', cs='windows-1251', cte='base64', kind='nomination', ms='BLR',
  frm=('Постоянное представительство Республики Беларусь в Женеве', 'mission.geneva@mfa-by.gov.by'), hcs='windows-1251',
  henc='B', style='postfix', host='mail.mfa-by.gov.by',
  subj='Вербальная нота № 02-11/1873 (CI-19/35)', sent='2019-08-12 11:09:45', tz='+0200',
  mid='<20190812090945.GA17423@mail.mfa-by.gov.by>',
  dels=[D('Козлов Дмитрий Александрович', aliases=['Dzmitry Kazlou'],
          title='начальник управления электросвязи Министерства связи и информатизации'),
        D('Новик Елена Сергеевна', aliases=['Alena Novik'], title='первый секретарь Постоянного представительства')],
  body="""№ 02-11/1873

Постоянное представительство Республики Беларусь при Отделении ООН и других международных организациях в Женеве свидетельствует свое уважение Секретариату Международного союза электросвязи и, ссылаясь на циркулярное письмо CI-19/35 от 23 июля 2019 года, имеет честь сообщить о заинтересованности белорусской стороны в участии в консультационных сессиях по вопросам содействия развитию малых и средних предприятий в сфере технологий и инноваций.

Для участия в первой сессии (10 сентября 2019 г., г. Будапешт) белорусская сторона выдвигает следующих представителей:

- Козлов Дмитрий Александрович (Dzmitry Kazlou), начальник управления электросвязи Министерства связи и информатизации Республики Беларусь;
- Новик Елена Сергеевна (Alena Novik), первый секретарь Постоянного представительства.

Постоянное представительство Республики Беларусь пользуется случаем, чтобы возобновить Секретариату Международного союза электросвязи уверения в своем высоком уважении.

г. Женева, 12 августа 2019 года
""")

M(key='kgz', lang='ru', cs='utf-8', cte='quoted-printable', kind='nomination', ms='KGZ',
  frm=('Отдел международного сотрудничества', 'intl@gas-kg.gov.kg'), style='yahoo', host='mail.gas-kg.gov.kg',
  subj='RE: CI-19/35', sent='2019-08-14 10:22:07', tz='+0600',
  mid='<1565756527.310754.2290@mail.gas-kg.gov.kg>',
  dels=[D('Асанова Гульнара Токтогуловна', aliases=['Асановой Гульнары Токтогуловны'],
          title='главный специалист отдела международного сотрудничества', email='g.asanova@gas-kg.gov.kg')],
  body="""Добрый день!

Государственное агентство связи Кыргызской Республики выражает заинтересованность в участии в консультационных сессиях МСЭ по МСП.

На первую сессию в Будапеште просим зарегистрировать кандидатуру Асановой Гульнары Токтогуловны, главного специалиста отдела международного сотрудничества (g.asanova@gas-kg.gov.kg, +996 312 00 45 17).

Вопрос об участии в сессии в рамках групп Совета в начале 2020 года будет решен позднее, просим держать нас в курсе.

С уважением,
отдел международного сотрудничества
г. Бишкек
""")

M(key='tjk', lang='ru', cs='windows-1251', cte='quoted-printable', kind='interest_only', ms='TJK',
  frm=('Служба связи', 'info@khadamotialoqa-tj.tj'), hcs='windows-1251', henc='B', style='postfix',
  host='mail.khadamotialoqa-tj.tj',
  subj='О циркулярном письме CI-19/35', sent='2019-08-15 14:51:36', tz='+0500',
  mid='<5D552B38.1080500@khadamotialoqa-tj.tj>',
  body="""Уважаемый господин Кларк!

Служба связи при Правительстве Республики Таджикистан подтверждает свою заинтересованность в участии в консультационной сессии 10 сентября 2019 года в г. Будапешт.

Кандидатура участника будет сообщена дополнительно.

С уважением,
Служба связи
г. Душанбе
""")

M(key='tkm', lang='ru', cs='koi8-r', cte='base64', kind='decline', ms='TKM',
  frm=('Министерство связи Туркменистана', 'mfa-dept@minsvyaz-tm.gov.tm'), hcs='koi8-r', henc='B', style='postfix',
  host='mail.minsvyaz-tm.gov.tm',
  subj='Re: CI-19/35 Консультационные сессии по МСП', sent='2019-08-13 12:00:58', tz='+0500',
  mid='<20190813070058.4F1A2B3C@mail.minsvyaz-tm.gov.tm>',
  body="""Уважаемые коллеги,

Благодарим за приглашение принять участие в консультационных сессиях. К сожалению, в связи с плотным графиком мероприятий туркменская сторона не сможет направить представителя на сессию в Будапеште.

Просим информировать нас о последующих мероприятиях.

С уважением,
Отдел внешних связей
""")

M(key='rus_q', lang='ru', cs='utf-8', cte='base64', kind='inquiry', ms='RUS',
  frm=('Кузнецов Алексей', 'a.kuznetsov@rfc-centr.ru'), style='postfix', host='mail.rfc-centr.ru',
  subj='Вопрос по консультационной сессии 10 сентября (CI-19/35)', sent='2019-08-05 09:44:10', tz='+0300',
  mid='<e4c1b9a2-7f3d-4a6e-8b5c-2d1f0e9a8b7c@rfc-centr.ru>',
  body="""Здравствуйте!

Просим уточнить следующие вопросы:
1) предусмотрено ли дистанционное участие в сессии в Будапеште;
2) требуется ли отдельная регистрация на ITU Telecom World 2019 для участия в сессии;
3) будет ли обеспечен синхронный перевод на русский язык.

Заранее спасибо.

--
Кузнецов Алексей Игоревич
ведущий специалист
отдел международной деятельности
""")

M(key='rus2', sup='rus', lang='ru', cs='koi8-r', cte='8bit', kind='correction', ms='RUS',
  frm=('Смирнова Анастасия Владимировна', 'av.smirnova@mintsifry-rf.gov.ru'), hcs='koi8-r', henc='B', style='exchange',
  host='mx.mintsifry-rf.gov.ru',
  subj='RE: Ответ на CI-19/35: замена участника', sent='2019-08-23 15:12:40', tz='+0300',
  mid='<9A7B5C3D1E2F4A6B8C0D1E2F3A4B5C6D@mbx03.mintsifry-rf.gov.ru>',
  irt='<3E8F2B1A7C5D4E6F90A1B2C3D4E5F607@mbx03.mintsifry-rf.gov.ru>',
  dels=[D('Петрова Анна Викторовна', aliases=['Петрову Анну Викторовну'],
          title='начальник отдела поддержки инновационных проектов', email='a.petrova@mintsifry-rf.gov.ru')],
  body="""Уважаемые коллеги,

в дополнение к нашему письму от 9 августа 2019 г. сообщаем, что в связи с изменением графика командировок С.П. Иванов не сможет принять участие в консультационной сессии в Будапеште.

Вместо него просим зарегистрировать Петрову Анну Викторовну, начальника отдела поддержки инновационных проектов (a.petrova@mintsifry-rf.gov.ru).

С уважением,
А.В. Смирнова
""")

M(key='ru_spam', lang='ru', cs='windows-1251', cte='8bit', fmt='html', kind='unrelated',
  frm=('Деловые поездки', 'info@delovye-poezdki-travel.ru'), hcs='windows-1251', henc='B', style='postfix',
  host='smtp.delovye-poezdki-travel.ru',
  subj='Бизнес-тур в Будапешт на ITU Telecom World 2019 — места ограничены!', sent='2019-08-04 03:12:44', tz='+0300',
  mid='<1564877564.5d461bfc9a2b1@smtp.delovye-poezdki-travel.ru>', extra=['Precedence: bulk'],
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head>
<body style="font-family:Tahoma">
<h2 style="color:#c00">Бизнес-тур в Будапешт: ITU Telecom World 2019</h2>
<p>Уважаемые руководители!</p>
<p>Приглашаем Вас в деловую поездку на выставку <b>ITU Telecom World 2019</b> (Будапешт, 9–12 сентября). В пакет входит: перелет, отель 4*, трансфер, аккредитация, переводчик.</p>
<table border="1" cellpadding="5"><tr><td>Пакет «Стандарт»</td><td>89 000 руб.</td></tr>
<tr><td>Пакет «Бизнес»</td><td>145 000 руб.</td></tr></table>
<p>Для руководителей, номинированных на отраслевые премии, — скидка 10%.</p>
<p>Звоните: +7 (495) 000-77-88</p>
<p style="font-size:9px">Чтобы отписаться от рассылки, ответьте на это письмо с темой «Отписаться».</p>
</body></html>
""", body='')

# ================================================================ ARABIC
M(key='egy', lang='ar', cs='windows-1256', cte='quoted-printable', kind='nomination', ms='EGY',
  frm=('إدارة العلاقات الدولية', 'intl.relations@ntra-eg.gov.eg'), hcs='windows-1256', henc='B', style='exchange',
  host='mail.ntra-eg.gov.eg',
  subj='رد: CI-19/35 - جلسات تشاور للدول الأعضاء', sent='2019-08-11 13:05:44', tz='+0200',
  mid='<F1E2D3C4B5A6978877665544332211AA@EXMB01.ntra-eg.gov.eg>',
  dels=[D('محمد عبد الفتاح السيد', aliases=['Mohamed Abdel Fattah El Sayed'], title='مدير عام العلاقات الدولية',
          email='mabdelfattah@ntra-eg.gov.eg')],
  body="""السادة/ أمانة الاتحاد الدولي للاتصالات
تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة CI-19/35 بتاريخ 23 يوليو 2019 بشأن جلسات التشاور "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار"، يسر الجهاز القومي لتنظيم الاتصالات بجمهورية مصر العربية أن يعرب عن اهتمامه بالمشاركة، وأن يرشح لحضور الجلسة الأولى في بودابست يوم 10 سبتمبر 2019:

المهندس/ محمد عبد الفتاح السيد (Mohamed Abdel Fattah El Sayed)
مدير عام العلاقات الدولية
البريد الإلكتروني: mabdelfattah@ntra-eg.gov.eg

وتفضلوا بقبول فائق الاحترام،

إدارة العلاقات الدولية
الجهاز القومي لتنظيم الاتصالات
القاهرة الجديدة
""")

M(key='sau', lang='ar', cs='utf-8', cte='base64', fmt='alt', kind='nomination', ms='SAU',
  frm=('نورة العتيبي', 'nalotaibi@citc-sa.gov.sa'), style='exchange', host='mail.citc-sa.gov.sa',
  subj='ترشيح ممثلي المملكة - جلسات التشاور بشأن الشركات الصغيرة والمتوسطة', sent='2019-08-14 11:37:20', tz='+0300',
  mid='<5C1B2A3D4E5F60718293A4B5C6D7E8F9@EXHUB02.citc-sa.gov.sa>',
  sess=['budapest-2019', 'wsis-2020'],
  dels=[D('فيصل بن عبدالله القحطاني', title='مدير إدارة المنظمات الدولية', email='fqahtani@citc-sa.gov.sa'),
        D('نورة سعد العتيبي', title='أخصائي سياسات ريادة الأعمال', email='nalotaibi@citc-sa.gov.sa')],
  body="""سعادة الأمين العام للاتحاد الدولي للاتصالات

السلام عليكم ورحمة الله وبركاته،

إشارة إلى الرسالة المعممة رقم CI-19/35، نود إفادتكم باهتمام المملكة العربية السعودية بالمشاركة في جلسات التشاور، ونرشح لحضور الجلسة الأولى في بودابست بتاريخ 10 سبتمبر 2019 كلاً من:

1. الأستاذ فيصل بن عبدالله القحطاني – مدير إدارة المنظمات الدولية – fqahtani@citc-sa.gov.sa
2. الأستاذة نورة سعد العتيبي – أخصائي سياسات ريادة الأعمال – nalotaibi@citc-sa.gov.sa

كما نؤكد رغبتنا في المشاركة بنفس الوفد في الجلسة التي ستعقد خلال منتدى القمة العالمية لمجتمع المعلومات 2020.

وتقبلوا خالص التحية والتقدير،

نورة العتيبي
الإدارة العامة للشؤون الدولية
هيئة الاتصالات وتقنية المعلومات – الرياض
""")

M(key='omn', lang='ar', cs='iso-8859-6', cte='8bit', kind='nomination', ms='OMN',
  frm=('', 'pm.geneva@mofa-om.gov.om'), style='postfix', host='mail.mofa-om.gov.om',
  subj='مذكرة - الرسالة المعممة CI-19/35', hcs='utf-8', henc='B', sent='2019-08-14 09:58:30', tz='+0200',
  mid='<20190814075830.A1B2C3D4E5@mail.mofa-om.gov.om>',
  dels=[D('سالم بن خميس البلوشي', title='مدير دائرة الشؤون الدولية')],
  body="""رقم: 2019/274

تهدي البعثة الدائمة لسلطنة عمان لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى في جنيف أطيب تحياتها إلى الأمانة العامة للاتحاد الدولي للاتصالات، وبالإشارة إلى الرسالة المعممة رقم CI-19/35 المؤرخة 23 يوليو 2019، تتشرف بإفادتها بأن هيئة تنظيم الاتصالات قد رشحت الفاضل/ سالم بن خميس البلوشي، مدير دائرة الشؤون الدولية، للمشاركة في جلسة التشاور الأولى التي ستعقد في بودابست يوم 10 سبتمبر 2019.

وتغتنم البعثة الدائمة لسلطنة عمان هذه المناسبة لتعرب للأمانة العامة للاتحاد الدولي للاتصالات عن فائق تقديرها واحترامها.

جنيف في 14 أغسطس 2019
""")

M(key='are', lang='ar', cs='windows-1256', cte='8bit', kind='interest_only', ms='ARE',
  frm=('Intl Affairs TDRA', 'intlaffairs@tdra-uae.gov.ae'), style='outlookcom', host='mail.tdra-uae.gov.ae',
  subj='RE: CI-19/35', sent='2019-08-08 10:14:09', tz='+0400',
  mid='<DB7PR05MB4537A2E1B3C5D7F9E0A2C4E6B8D0F19@DB7PR05MB4537.eurprd05.prod.outlook.com>',
  body="""تحية طيبة،

تود الهيئة العامة لتنظيم قطاع الاتصالات بدولة الإمارات العربية المتحدة إبداء اهتمامها بالمشاركة في جلسات التشاور، وسنوافيكم باسم المشارك في جلسة بودابست في أقرب وقت ممكن.

مع خالص التحية،
إدارة الشؤون الدولية
""")

M(key='lbn', lang='ar', cs='windows-1256', cte='base64', kind='decline', ms='LBN',
  frm=('وزارة الاتصالات - مكتب التعاون الدولي', 'intl.coop@mpt-lb.gov.lb'), hcs='windows-1256', henc='B',
  style='postfix', host='mail.mpt-lb.gov.lb',
  subj='اعتذار عن المشاركة - CI-19/35', sent='2019-08-15 12:44:03', tz='+0300',
  mid='<5D552A63.3000904@mpt-lb.gov.lb>',
  body="""حضرة الأمين العام المحترم،

نشكركم على دعوتكم الكريمة للمشاركة في جلسات التشاور بشأن الشركات الصغيرة والمتوسطة. ونأسف لإبلاغكم بتعذر مشاركة وزارة الاتصالات اللبنانية في الجلسة الأولى في بودابست نظراً لارتباطات سابقة، آملين أن تتاح لنا فرصة المشاركة في مناسبات لاحقة.

وتفضلوا بقبول فائق الاحترام.

مكتب التعاون الدولي
وزارة الاتصالات – بيروت
""")

M(key='egy2', sup='egy', lang='ar', cs='windows-1256', cte='base64', kind='correction', ms='EGY',
  frm=('إدارة العلاقات الدولية', 'intl.relations@ntra-eg.gov.eg'), hcs='windows-1256', henc='B', style='exchange',
  host='mail.ntra-eg.gov.eg',
  subj='تصحيح وإضافة: ترشيحات جلسة التشاور - بودابست', sent='2019-08-18 10:20:15', tz='+0200',
  mid='<0A1B2C3D4E5F67788990AABBCCDDEEFF@EXMB01.ntra-eg.gov.eg>',
  irt='<F1E2D3C4B5A6978877665544332211AA@EXMB01.ntra-eg.gov.eg>',
  dels=[D('محمد عبد الفتاح السيد', aliases=['Mohammed Abdelfattah Elsayed'], title='مدير عام العلاقات الدولية',
          email='mabdelfattah@ntra-eg.gov.eg'),
        D('ريم أحمد فوزي', aliases=['Reem Ahmed Fawzy'], title='أخصائي أول تنظيم', email='rfawzy@ntra-eg.gov.eg')],
  body="""السادة/ أمانة الاتحاد الدولي للاتصالات
تحية طيبة وبعد،

إلحاقاً برسالتنا المؤرخة 11 أغسطس 2019، نرجو التكرم بتصحيح كتابة اسم المرشح باللغة الإنجليزية ليكون Mohammed Abdelfattah Elsayed (بدلاً من Mohamed Abdel Fattah El Sayed) ليتطابق مع جواز السفر، وكذلك إضافة مرشحة ثانية، ليصبح وفد مصر في جلسة بودابست كالتالي:

1- المهندس/ محمد عبد الفتاح السيد (Mohammed Abdelfattah Elsayed) - مدير عام العلاقات الدولية - mabdelfattah@ntra-eg.gov.eg
2- السيدة/ ريم أحمد فوزي (Reem Ahmed Fawzy) - أخصائي أول تنظيم - rfawzy@ntra-eg.gov.eg

مع خالص الشكر والتقدير،
إدارة العلاقات الدولية
""")

M(key='sdn', lang='ar', cs='utf-8', cte='quoted-printable', kind='inquiry', ms='SDN',
  frm=('Abdelrahim Osman', 'a.osman.tpra@gmail.com'), style='gmail', host='mail-wm1-f66.google.com',
  subj='استفسار بخصوص جلسة التشاور في بودابست', sent='2019-08-07 19:22:51', tz='+0200',
  mid='<CAHs4nX1pR7vK2qL9eW3tZ0bY6mJ8cF5dA1gU4iO7sN2hT9xVkQ@mail.gmail.com>',
  body="""السلام عليكم،

بالإشارة إلى الرسالة المعممة CI-19/35، نرجو إفادتنا بما يلي قبل إرسال اسم المرشح:
- هل يلزم التسجيل في تليكوم العالمي 2019 لحضور جلسة التشاور؟
- هل توجد منح أو دعم مالي للدول الأقل نمواً لتغطية تكاليف السفر؟

ولكم جزيل الشكر،
عبد الرحيم عثمان
الهيئة القومية للاتصالات – الخرطوم
""")

# ================================================================ CHINESE
M(key='chn0', lang='zh', cs='utf-8', cte='base64', kind='interest_only', ms='CHN',
  frm=('中国常驻日内瓦代表团', 'itu@chinamission-example.org.cn'), style='postfix', host='mail.chinamission-example.org.cn',
  subj='关于CI-19/35号通函', sent='2019-07-30 15:20:33', tz='+0200',
  mid='<5d4045c1.1c69fb81.a3b2.4f21@chinamission-example.org.cn>',
  body="""国际电联秘书处：

中国常驻日内瓦代表团已收到CI-19/35号通函。中方对“促进科技与创新中小企业”系列磋商会表示兴趣，拟派员出席9月10日在布达佩斯举行的首次会议，具体人选将由国内主管部门另行通知。

顺致敬意！

中国常驻联合国日内瓦办事处和瑞士其他国际组织代表团
2019年7月30日
""")

M(key='chn', lang='zh', cs='gb2312', cte='base64', kind='nomination', ms='CHN',
  frm=('李静', 'lijing@miit-example.gov.cn'), hcs='gb2312', henc='B', style='postfix', host='mail.miit-example.gov.cn',
  subj='回复：CI-19/35 中方参会人员', sent='2019-08-08 16:40:12', tz='+0800',
  mid='<201908081640124218731@miit-example.gov.cn>',
  extra=['X-Mailer: Foxmail 7.2.13.365[cn]'],
  dels=[D('王建国', aliases=['WANG Jianguo'], title='工业和信息化部中小企业局 处长', email='wangjg@miit-example.gov.cn')],
  body="""尊敬的国际电联秘书处：

    根据CI-19/35号通函，现将我方参加“促进科技与创新中小企业”首次磋商会（2019年9月10日，布达佩斯）的人员报送如下：

    姓名：王建国（WANG Jianguo）
    职务：工业和信息化部中小企业局 处长
    邮箱：wangjg@miit-example.gov.cn
    电话：+86 10 6820 0000

    请予登记。如有问题，请与我联系。

李静
工业和信息化部国际合作司
电话：+86 10 6820 1111
""")

M(key='chn2', sup='chn', lang='zh', cs='gbk', cte='quoted-printable', kind='correction', ms='CHN',
  frm=('李静', 'lijing@miit-example.gov.cn'), hcs='gbk', henc='B', style='postfix', host='mail.miit-example.gov.cn',
  subj='补充：CI-19/35 中方参会人员名单更新', sent='2019-08-15 10:05:47', tz='+0800',
  mid='<201908151005475531024@miit-example.gov.cn>', irt='<201908081640124218731@miit-example.gov.cn>',
  extra=['X-Mailer: Foxmail 7.2.13.365[cn]'],
  dels=[D('王建国', title='处长'),
        D('刘芳', aliases=['LIU Fang'], title='高级工程师', email='liufang@caict-example.ac.cn')],
  body="""秘书处：

    现对8月8日报送的人员名单作如下补充：除王建国处长外，增派中国信息通信研究院刘芳（LIU Fang，高级工程师，liufang@caict-example.ac.cn）参加布达佩斯会议。

    更新后名单：
    1. 王建国  处长
    2. 刘芳    高级工程师

    谢谢！

李静
""")

M(key='zh_spam', lang='zh', cs='gb2312', cte='base64', fmt='html', kind='unrelated',
  frm=('环球商务考察', 'service@huanqiu-kaocha-example.com'), hcs='gb2312', henc='B', style='postfix',
  host='smtp.huanqiu-kaocha-example.com',
  subj='2019布达佩斯国际电信展商务考察团火热招募中', sent='2019-08-02 09:00:05', tz='+0800',
  mid='<20190802090005.88123@huanqiu-kaocha-example.com>', extra=['Precedence: bulk'],
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head>
<body><p>尊敬的企业负责人：</p>
<p>2019年国际电联世界电信展将于9月9日至12日在匈牙利布达佩斯举行。我公司特组织商务考察团，含往返机票、四星酒店、展会证件及翻译服务。</p>
<p>名额有限，报名从速！联系电话：400-000-8888</p>
<p>如不希望再收到此类邮件，请回复“退订”。</p></body></html>
""", body='')

M(key='hk_q', lang='zh', cs='big5', cte='base64', kind='inquiry', ms=None,
  frm=('陳嘉欣', 'karen.chan@brightlink-labs.com.hk'), hcs='big5', henc='B', style='outlookcom',
  host='mail.brightlink-labs.com.hk',
  subj='查詢：中小企業磋商會議及會費', sent='2019-08-06 14:25:37', tz='+0800',
  mid='<HK0PR03MB2993A4C1F7E5B3D9C0E1F2A3B4C5D6E7@HK0PR03MB2993.apcprd03.prod.outlook.com>',
  body="""您好，

我們是一家香港的初創企業，從事物聯網技術開發。想了解中小企業是否可以參加9月10日在布達佩斯舉行的磋商會議，以及2020年起中小企業部門成員的會費具體金額。

謝謝！

陳嘉欣 Karen Chan
業務發展經理
Brightlink Labs Limited
""")

M(key='ooo_zh', lang='zh', cs='utf-8', cte='base64', kind='auto_reply',
  frm=('张伟', 'zhangwei@cnii-example.cn'), style='postfix', host='mail.cnii-example.cn', return_path='',
  subj='自动回复: CI-19/35 - 提醒：8月16日前提交参会人员', sent='2019-08-13 20:45:11', tz='+0800',
  mid='<autoreply.1565700311.3321@cnii-example.cn>', extra=['Auto-Submitted: auto-replied'],
  body="""您好！我于8月12日至8月23日休假，期间不便查看邮件。如有急事，请联系办公室：+86 10 0000 6677。谢谢！

Hello, I am on leave from 12 to 23 August with limited access to e-mail.
""")

# ================================================================ OTHER LANGUAGES
M(key='moz', lang='pt', cs='iso-8859-1', cte='quoted-printable', kind='nomination', ms='MOZ',
  frm=('Célia Mondlane', 'cmondlane@incm-mz.gov.mz'), hcs='iso-8859-1', henc='Q', style='postfix', host='mail.incm-mz.gov.mz',
  subj='Circular CI-19/35 - indicação de participante', sent='2019-08-12 10:18:29', tz='+0200',
  mid='<5D5120C5.7030601@incm-mz.gov.mz>',
  dels=[D('Armando Tivane Macuácua', title='Chefe do Departamento de Estudos e Inovação', email='amacuacua@incm-mz.gov.mz')],
  body="""Exmos. Senhores,

Em resposta à Circular CI-19/35, de 23 de Julho de 2019, o Instituto Nacional das Comunicações de Moçambique (INCM) manifesta o seu interesse em participar nas sessões de consulta sobre o fomento das PME de tecnologia e inovação.

Para a primeira sessão, a realizar-se em Budapeste no dia 10 de Setembro de 2019, indicamos o Eng.º Armando Tivane Macuácua, Chefe do Departamento de Estudos e Inovação (amacuacua@incm-mz.gov.mz).

Com os melhores cumprimentos,

Célia Mondlane
Gabinete de Relações Internacionais
INCM - Maputo
""")

M(key='bra', lang='pt', cs='utf-8', cte='quoted-printable', fmt='alt', kind='nomination', ms='BRA',
  frm=('Assessoria Internacional - Anatel', 'ai@anatel-br.gov.br'), style='exchange', host='correio.anatel-br.gov.br',
  subj='RES: CI-19/35 - Indicação de representantes do Brasil', sent='2019-08-13 14:33:52', tz='-0300',
  mid='<A1B2C3D4E5F6478899AABBCCDDEEFF00@EXCHANGE03.anatel-br.gov.br>',
  sess=['budapest-2019', 'cwg-2020'],
  dels=[D('Rodrigo Albuquerque Teixeira', title='Superintendente Adjunto de Planejamento e Regulamentação',
          email='rodrigo.teixeira@anatel-br.gov.br'),
        D('Juliana Moreira dos Santos', title='Especialista em Regulação', email='juliana.msantos@anatel-br.gov.br')],
  body="""Prezados,

A Agência Nacional de Telecomunicações (Anatel) tem interesse em participar da série de consultas "Fostering tech and innovation SMEs" e indica os seguintes representantes:

• Sr. Rodrigo Albuquerque Teixeira – Superintendente Adjunto de Planejamento e Regulamentação – rodrigo.teixeira@anatel-br.gov.br
• Sra. Juliana Moreira dos Santos – Especialista em Regulação – juliana.msantos@anatel-br.gov.br

Ambos participarão da sessão em Budapeste (10/09/2019) e da sessão prevista para as reuniões dos Grupos de Trabalho do Conselho no início de 2020.

Atenciosamente,
Assessoria Internacional – Anatel
Brasília/DF
""")

M(key='bra2', sup='bra', lang='pt', cs='utf-8', cte='8bit', kind='correction', ms='BRA',
  frm=('Assessoria Internacional - Anatel', 'ai@anatel-br.gov.br'), style='exchange', host='correio.anatel-br.gov.br',
  subj='RES: RES: CI-19/35 - retificação', sent='2019-08-21 09:12:04', tz='-0300',
  mid='<B2C3D4E5F6A7489900BBCCDDEEFF1122@EXCHANGE03.anatel-br.gov.br>',
  irt='<A1B2C3D4E5F6478899AABBCCDDEEFF00@EXCHANGE03.anatel-br.gov.br>',
  dels=[D('Rodrigo Albuquerque Teixeira', email='rodrigo.teixeira@anatel-br.gov.br'),
        D('Juliana Moreira dos Santos', email='juliana.msantos@anatel-br.gov.br')],
  body="""Prezados,

Retificando nossa mensagem de 13/08: por restrições orçamentárias, a participação brasileira ficará restrita à sessão de Budapeste. Não participaremos da sessão durante os Grupos de Trabalho do Conselho em 2020.

Os representantes permanecem os mesmos:
- Rodrigo Albuquerque Teixeira (rodrigo.teixeira@anatel-br.gov.br)
- Juliana Moreira dos Santos (juliana.msantos@anatel-br.gov.br)

Atenciosamente,
Assessoria Internacional – Anatel
""")

M(key='irn', lang='fa', cs='utf-8', cte='base64', kind='nomination', ms='IRN',
  frm=('اداره کل همکاری‌های بین‌الملل', 'intl@cra-ir.gov.ir'), style='postfix', host='mail.cra-ir.gov.ir',
  subj='پاسخ به بخشنامه CI-19/35', sent='2019-08-10 11:40:06', tz='+0430',
  mid='<1565424606.7781.intl@cra-ir.gov.ir>',
  dels=[D('علی رضایی', aliases=['Ali Rezaei'], title='مدیرکل همکاری‌های بین‌الملل', email='a.rezaei@cra-ir.gov.ir')],
  body="""با سلام و احترام،

پیرو بخشنامه شماره CI-19/35 مورخ ۲۳ ژوئیه ۲۰۱۹، سازمان تنظیم مقررات و ارتباطات رادیویی جمهوری اسلامی ایران ضمن اعلام علاقه‌مندی به شرکت در جلسات مشورتی «حمایت از شرکت‌های کوچک و متوسط فناوری و نوآوری»، مهندس علی رضایی (Ali Rezaei)، مدیرکل همکاری‌های بین‌الملل، را جهت شرکت در نخستین جلسه در بوداپست (۱۰ سپتامبر ۲۰۱۹) معرفی می‌نماید.

نشانی پست الکترونیکی: a.rezaei@cra-ir.gov.ir

با تشکر
اداره کل همکاری‌های بین‌الملل
""")

M(key='idn', lang='id', cs='us-ascii', cte='7bit', kind='nomination', ms='IDN',
  frm=('Biro KSI Kominfo', 'ksi@kominfo-ri.go.id'), style='postfix', host='mail.kominfo-ri.go.id',
  subj='Tanggapan Surat Edaran ITU CI-19/35', sent='2019-08-15 15:05:41', tz='+0700',
  mid='<20190815080541.5F2E1D@mail.kominfo-ri.go.id>',
  dels=[D('Agus Setiawan', title='Kepala Subdirektorat Kerja Sama Multilateral', email='agus.setiawan@kominfo-ri.go.id'),
        D('Dewi Lestari Wulandari', title='Analis Kebijakan Ekonomi Digital', email='dewi.lw@kominfo-ri.go.id')],
  body="""Yth. Sekretariat ITU,

Menindaklanjuti surat edaran CI-19/35, Kementerian Komunikasi dan Informatika Republik Indonesia dengan ini menyampaikan minat untuk berpartisipasi dalam sesi konsultasi "Fostering tech and innovation SMEs".

Adapun delegasi yang kami tunjuk untuk sesi pertama di Budapest pada tanggal 10 September 2019 adalah:
1. Bapak Agus Setiawan, Kepala Subdirektorat Kerja Sama Multilateral (agus.setiawan@kominfo-ri.go.id)
2. Ibu Dewi Lestari Wulandari, Analis Kebijakan Ekonomi Digital (dewi.lw@kominfo-ri.go.id)

Atas perhatian dan kerja samanya, kami ucapkan terima kasih.

Hormat kami,
Biro Kerja Sama Internasional
Kementerian Komunikasi dan Informatika
Jakarta
""")

M(key='tza0', lang='sw', cs='us-ascii', cte='7bit', kind='interest_only', ms='TZA',
  frm=('Idara ya Mawasiliano', 'mawasiliano@mwuum-tz.go.tz'), style='postfix', host='mail.mwuum-tz.go.tz',
  subj='YAH: BARUA CI-19/35 - VIKAO VYA MASHAURIANO', sent='2019-07-31 09:12:44', tz='+0300',
  mid='<5D4130AC.8010203@mwuum-tz.go.tz>',
  body="""Ndugu,

Wizara ya Ujenzi, Uchukuzi na Mawasiliano ya Jamhuri ya Muungano wa Tanzania imepokea barua yenu CI-19/35. Tunapenda kuthibitisha kwamba Tanzania ina nia ya kushiriki katika vikao vya mashauriano kuhusu kukuza biashara ndogo na za kati za teknolojia na ubunifu.

Jina la mshiriki litatumwa na Mamlaka ya Mawasiliano Tanzania (TCRA) kabla ya tarehe 16 Agosti 2019.

Wako katika ujenzi wa taifa,

Idara ya Mawasiliano
Dodoma
""")

M(key='tza', lang='sw', cs='utf-8', cte='quoted-printable', kind='nomination', ms='TZA',
  frm=('Rehema Salum', 'rsalum@tcra-tz.go.tz'), style='exchange', host='mail.tcra-tz.go.tz',
  subj='Uteuzi wa mshiriki - kikao cha Budapest (CI-19/35)', sent='2019-08-14 16:22:10', tz='+0300',
  mid='<7E6D5C4B3A2918F7E6D5C4B3A2918F70@TCRAMBX01.tcra-tz.go.tz>',
  dels=[D('Juma Hassan Mwinyi', title='Meneja wa Utafiti na Ubunifu', email='jmwinyi@tcra-tz.go.tz')],
  body="""Habari,

Mamlaka ya Mawasiliano Tanzania (TCRA) inamteua Bw. Juma Hassan Mwinyi, Meneja wa Utafiti na Ubunifu, kuhudhuria kikao cha kwanza cha mashauriano kitakachofanyika Budapest tarehe 10 Septemba 2019.

Barua pepe: jmwinyi@tcra-tz.go.tz
Simu: +255 22 000 1234

Kwa heshima,
Bi. Rehema Salum
Afisa Uhusiano wa Kimataifa
TCRA, Dar es Salaam
""")

M(key='jpn', lang='ja', cs='iso-2022-jp', cte='7bit', kind='nomination', ms='JPN',
  frm=('佐藤 花子', 'h-sato@soumu-example.go.jp'), hcs='iso-2022-jp', henc='B', style='postfix',
  host='mail.soumu-example.go.jp',
  subj='Re: CI-19/35 協議会合への参加者について', sent='2019-08-16 23:40:18', tz='+0900',
  mid='<20190816234018.8A3F.H-SATO@soumu-example.go.jp>',
  extra=['X-Mailer: Becky! ver. 2.75.01 [ja]'],
  sess=['budapest-2019'],
  dels=[D('山田 太郎', aliases=['Taro YAMADA'], title='総務省 国際戦略局 国際経済課 課長補佐', email='t-yamada@soumu-example.go.jp')],
  body="""ITU事務局 御中

いつもお世話になっております。
総務省国際戦略局の佐藤です。

CI-19/35にてご案内いただきました「Fostering tech and innovation SMEs」協議会合（9月10日、ブダペスト）につきまして、日本からは下記の者が参加いたします。

　氏名：山田 太郎（Taro YAMADA）
　所属・役職：総務省 国際戦略局 国際経済課 課長補佐
　E-mail：t-yamada@soumu-example.go.jp

なお、2020年の理事会作業部会期間中の会合への参加につきましては、追ってご連絡いたします。

締切間際のご連絡となり申し訳ございません。
よろしくお願いいたします。

佐藤 花子
総務省 国際戦略局 国際政策課
""")

M(key='ooo_ja', lang='ja', cs='shift_jis', cte='base64', kind='auto_reply',
  frm=('鈴木 一郎', 'i.suzuki@technobridge-example.co.jp'), hcs='iso-2022-jp', henc='B', style='postfix',
  host='mail.technobridge-example.co.jp', return_path='',
  subj='【自動応答】不在のお知らせ', sent='2019-08-13 21:45:09', tz='+0900',
  mid='<autoreply-20190813214509-4410@technobridge-example.co.jp>', extra=['Auto-Submitted: auto-replied'],
  body="""（本メールは自動応答です）

お問い合わせありがとうございます。
誠に勝手ながら、8月10日から8月18日まで夏季休暇のため不在にしております。
8月19日以降、順次対応させていただきます。

株式会社テクノブリッジ　海外事業部
鈴木 一郎
""")

M(key='kor', lang='ko', cs='ks_c_5601-1987', cte='base64', kind='nomination', ms='KOR',
  frm=('국제협력담당관실', 'intl@msit-example.go.kr'), hcs='ks_c_5601-1987', henc='B', style='exchange',
  host='mail.msit-example.go.kr',
  subj='[회신] CI-19/35 제1차 협의 세션 참석자 통보', sent='2019-08-13 10:02:55', tz='+0900',
  mid='<003a01d55174$8f2c1e40$ad855ac0$@msit-example.go.kr>',
  dels=[D('김민수', aliases=['Kim Minsu'], title='사무관', email='minsu.kim@msit-example.go.kr')],
  body="""안녕하십니까,

과학기술정보통신부 국제협력담당관실입니다.

CI-19/35 관련하여 9월 10일 부다페스트에서 개최되는 제1차 협의 세션에 아래와 같이 참석자를 통보합니다.

- 참석자: 김민수 사무관 (Kim Minsu)
- 소속: 과학기술정보통신부 정보통신산업정책과
- 이메일: minsu.kim@msit-example.go.kr

감사합니다.

국제협력담당관실 드림
""")

M(key='ukr', lang='uk', cs='windows-1251', cte='quoted-printable', kind='nomination', ms='UKR',
  frm=('Відділ міжнародного співробітництва НКРЗІ', 'intl@nkrzi-ua.gov.ua'), hcs='windows-1251', henc='B', style='postfix',
  host='mail.nkrzi-ua.gov.ua',
  subj='Відповідь на лист CI-19/35', sent='2019-08-07 15:16:33', tz='+0300',
  mid='<5D4AC1B9.4060207@nkrzi-ua.gov.ua>',
  dels=[D('Коваленко Олександр Михайлович', aliases=['Коваленка Олександра Михайловича'],
          title='начальник відділу міжнародного співробітництва', email='o.kovalenko@nkrzi-ua.gov.ua')],
  body="""Шановні колеги!

Національна комісія, що здійснює державне регулювання у сфері зв'язку та інформатизації (НКРЗІ), підтверджує зацікавленість в участі в консультаційних сесіях МСЕ щодо підтримки малих і середніх підприємств у сфері технологій та інновацій.

Для участі в першій сесії, яка відбудеться 10 вересня 2019 року в м. Будапешт, пропонуємо делегувати Коваленка Олександра Михайловича, начальника відділу міжнародного співробітництва (o.kovalenko@nkrzi-ua.gov.ua).

З повагою,
відділ міжнародного співробітництва НКРЗІ
м. Київ
""")

M(key='ukr2', sup='ukr', lang='uk', cs='koi8-u', cte='8bit', kind='correction', ms='UKR',
  frm=('Відділ міжнародного співробітництва НКРЗІ', 'intl@nkrzi-ua.gov.ua'), hcs='koi8-u', henc='B', style='postfix',
  host='mail.nkrzi-ua.gov.ua',
  subj='Зміна учасника - консультаційна сесія, Будапешт', sent='2019-08-29 11:48:20', tz='+0300',
  mid='<5D679214.2090801@nkrzi-ua.gov.ua>', irt='<5D4AC1B9.4060207@nkrzi-ua.gov.ua>',
  dels=[D('Шевченко Ірина Василівна', title='головний спеціаліст відділу міжнародного співробітництва',
          email='i.shevchenko@nkrzi-ua.gov.ua')],
  body="""Шановні колеги!

Повідомляємо про зміну учасника від України: замість Коваленка О.М. у консультаційній сесії в Будапешті візьме участь Шевченко Ірина Василівна, головний спеціаліст відділу міжнародного співробітництва (i.shevchenko@nkrzi-ua.gov.ua).

Просимо внести відповідні зміни до списку учасників.

З повагою,
відділ міжнародного співробітництва НКРЗІ
""")

M(key='pol', lang='pl', cs='iso-8859-2', cte='quoted-printable', kind='nomination', ms='POL',
  frm=('Tomasz Zieliński', 't.zielinski@uke-pl.gov.pl'), hcs='iso-8859-2', henc='Q', style='exchange',
  host='poczta.uke-pl.gov.pl',
  subj='Odp.: CI-19/35 - zgłoszenie uczestnika', sent='2019-08-14 13:27:41', tz='+0200',
  mid='<4C3B2A1908F7E6D5C4B3A29180706F5E@EXMB02.uke-pl.gov.pl>',
  dels=[D('Katarzyna Nowak-Wiśniewska', aliases=['Katarzynę Nowak-Wiśniewską'],
          title='naczelnik Wydziału Współpracy Międzynarodowej', email='k.nowak-wisniewska@uke-pl.gov.pl')],
  body="""Szanowni Państwo,

w odpowiedzi na list okólny CI-19/35 z dnia 23 lipca 2019 r. uprzejmie informuję, że Urząd Komunikacji Elektronicznej jest zainteresowany udziałem w cyklu konsultacji dotyczących wspierania MŚP z sektora technologii i innowacji.

Na pierwszą sesję konsultacyjną w Budapeszcie (10 września 2019 r.) zgłaszamy Panią Katarzynę Nowak-Wiśniewską, naczelnika Wydziału Współpracy Międzynarodowej (k.nowak-wisniewska@uke-pl.gov.pl).

Z poważaniem

Tomasz Zieliński
Dyrektor Departamentu Współpracy Międzynarodowej
Urząd Komunikacji Elektronicznej
""")

M(key='cze', lang='cs', cs='windows-1250', cte='quoted-printable', kind='decline', ms='CZE',
  frm=('Jana Dvořáková', 'dvorakova@mpo-cz.gov.cz'), hcs='windows-1250', henc='Q', style='exchange',
  host='mail.mpo-cz.gov.cz',
  subj='RE: CI-19/35', sent='2019-08-12 09:55:18', tz='+0200',
  mid='<8E7D6C5B4A39281706F5E4D3C2B1A098@EXMBX01.mpo-cz.gov.cz>',
  body="""Vážení,

děkujeme za pozvání na konzultační setkání k podpoře malých a středních podniků v oblasti technologií a inovací. Česká republika se bohužel první konzultace v Budapešti z kapacitních důvodů nezúčastní.

S pozdravem

Ing. Jana Dvořáková
oddělení mezinárodních vztahů
Ministerstvo průmyslu a obchodu
""")

M(key='hun', lang='hu', cs='iso-8859-2', cte='quoted-printable', kind='nomination', ms='HUN',
  frm=('Kovács Eszter', 'kovacs.eszter@nmhh-hu.gov.hu'), hcs='iso-8859-2', henc='Q', style='exchange',
  host='levelezes.nmhh-hu.gov.hu',
  subj='Válasz: CI-19/35 körlevél - budapesti konzultáció', sent='2019-08-06 14:11:52', tz='+0200',
  mid='<D3C2B1A09F8E7D6C5B4A392817060504@EXCH01.nmhh-hu.gov.hu>',
  dels=[D('Szabó Péter', title='főosztályvezető, Nemzetközi Főosztály', email='szabo.peter@nmhh-hu.gov.hu')],
  body="""Tisztelt Titkárság!

A CI-19/35 számú körlevélre hivatkozva tájékoztatom Önöket, hogy a Nemzeti Média- és Hírközlési Hatóság részéről a 2019. szeptember 10-i budapesti konzultációs ülésen dr. Szabó Péter főosztályvezető (Nemzetközi Főosztály, szabo.peter@nmhh-hu.gov.hu) vesz részt.

Házigazdaként örömmel segítünk a helyi szervezésben is.

Üdvözlettel:

Kovács Eszter
nemzetközi referens
Nemzeti Média- és Hírközlési Hatóság
""")

M(key='hu_hotel', lang='hu', cs='utf-8', cte='quoted-printable', fmt='alt', kind='unrelated',
  frm=('Hotel Duna Panoráma Budapest', 'sales@dunapanorama-hotel.hu'), style='postfix', host='mail.dunapanorama-hotel.hu',
  subj='Kedvezményes szobafoglalás az ITU Telecom World 2019 idejére', sent='2019-07-29 08:30:00', tz='+0200',
  mid='<newsletter-0729-2019.4417@dunapanorama-hotel.hu>', extra=['Precedence: bulk'],
  body="""Tisztelt Partnerünk!

Az ITU Telecom World 2019 (szeptember 9–12., Budapest, Hungexpo) idejére kedvezményes szobaárakat kínálunk szállodánkban: egyágyas szoba reggelivel 89 EUR/éj, kétágyas szoba 109 EUR/éj.

A kedvezményes ár augusztus 16-ig foglalható, az „ITU2019” kóddal.

Üdvözlettel:
Értékesítési osztály
Hotel Duna Panoráma
""")

M(key='rou', lang='ro', cs='utf-8', cte='quoted-printable', kind='nomination', ms='ROU',
  frm=('Direcția Relații Internaționale', 'dri@ancom-ro.gov.ro'), style='postfix', host='mail.ancom-ro.gov.ro',
  subj='Răspuns la scrisoarea circulară CI-19/35', sent='2019-08-09 12:40:37', tz='+0300',
  mid='<f3e2d1c0-b9a8-4776-8554-433221100fed@ancom-ro.gov.ro>',
  dels=[D('Ioana-Maria Popescu', title='consilier, Direcția Relații Internaționale', email='ioana.popescu@ancom-ro.gov.ro')],
  body="""Stimați colegi,

Ca urmare a scrisorii circulare CI-19/35, ANCOM își exprimă interesul de a participa la sesiunile de consultare privind sprijinirea IMM-urilor din domeniul tehnologiei și inovării.

Pentru prima sesiune, de la Budapesta (10 septembrie 2019), o desemnăm pe doamna Ioana-Maria Popescu, consilier în cadrul Direcției Relații Internaționale (ioana.popescu@ancom-ro.gov.ro).

Cu stimă,
Direcția Relații Internaționale
ANCOM
""")

M(key='grc', lang='el', cs='iso-8859-7', cte='quoted-printable', kind='interest_only', ms='GRC',
  frm=('Τμήμα Διεθνών Σχέσεων ΕΕΤΤ', 'intl@eett-gr.gov.gr'), hcs='iso-8859-7', henc='B', style='exchange',
  host='mail.eett-gr.gov.gr',
  subj='Απ: CI-19/35', sent='2019-08-13 16:08:22', tz='+0300',
  mid='<E5D4C3B2A1908F7E6D5C4B3A29180706@EXCH02.eett-gr.gov.gr>',
  body="""Αγαπητοί συνάδελφοι,

Σε απάντηση της εγκυκλίου CI-19/35, η Εθνική Επιτροπή Τηλεπικοινωνιών και Ταχυδρομείων (ΕΕΤΤ) εκδηλώνει το ενδιαφέρον της για συμμετοχή στις διαβουλεύσεις. Το όνομα του εκπροσώπου μας για τη συνεδρία της Βουδαπέστης θα σας κοινοποιηθεί σύντομα.

Με εκτίμηση,
Τμήμα Διεθνών Σχέσεων
ΕΕΤΤ
""")

M(key='isr', lang='he', cs='windows-1255', cte='base64', kind='nomination', ms='ISR',
  frm=('אבי לוי', 'avil@moc-il.gov.il'), hcs='windows-1255', henc='B', style='exchange', host='mail.moc-il.gov.il',
  subj='השתתפות במפגש ההיוועצות בבודפשט - CI-19/35', sent='2019-08-11 10:31:15', tz='+0300',
  mid='<6F5E4D3C2B1A09F8E7D6C5B4A3928170@MOCEXCH.moc-il.gov.il>',
  dels=[D('רונית כהן', aliases=['Ronit Cohen'], title='מנהלת תחום קשרים בינלאומיים', email='ronitc@moc-il.gov.il')],
  body="""שלום רב,

בהמשך למכתב החוזר CI-19/35, משרד התקשורת מעוניין להשתתף במפגשי ההיוועצות בנושא קידום חברות קטנות ובינוניות בתחומי הטכנולוגיה והחדשנות.

למפגש הראשון בבודפשט (10 בספטמבר 2019) אנו מבקשים לרשום את גב' רונית כהן (Ronit Cohen), מנהלת תחום קשרים בינלאומיים, דוא"ל: ronitc@moc-il.gov.il

בברכה,
אבי לוי
אגף קשרים בינלאומיים
משרד התקשורת
""")

M(key='ind_hi', lang='hi', cs='utf-8', cte='base64', kind='interest_only', ms='IND',
  frm=('अंतरराष्ट्रीय संबंध प्रभाग', 'ir-division@dot-mail.gov.in'), style='lotus', host='mail.dot-mail.gov.in',
  subj='परिपत्र CI-19/35 - रुचि की अभिव्यक्ति', sent='2019-07-31 12:15:40', tz='+0530',
  mid='<OF1D2E3F4A.5B6C7D8E-ON6525843F.0023A1B2-6525843F.0024C3D4@dot-mail.gov.in>',
  body="""महोदय,

परिपत्र CI-19/35 के संदर्भ में, दूरसंचार विभाग, भारत सरकार, प्रौद्योगिकी एवं नवाचार से जुड़े लघु एवं मध्यम उद्यमों को बढ़ावा देने संबंधी परामर्श सत्रों में भाग लेने में अपनी रुचि व्यक्त करता है। बुडापेस्ट सत्र के लिए प्रतिभागी का नाम शीघ्र ही भेजा जाएगा।

सादर,
अंतरराष्ट्रीय संबंध प्रभाग
दूरसंचार विभाग, नई दिल्ली
""")

M(key='bgd', lang='bn', cs='utf-8', cte='base64', kind='nomination', ms='BGD',
  frm=('আন্তর্জাতিক সম্পর্ক বিভাগ, বিটিআরসি', 'ir@btrc-bd.gov.bd'), style='postfix', host='mail.btrc-bd.gov.bd',
  subj='সার্কুলার CI-19/35 - মনোনয়ন', sent='2019-08-14 12:50:03', tz='+0600',
  mid='<20190814065003.3C2B1A@mail.btrc-bd.gov.bd>',
  dels=[D('মোঃ রফিকুল ইসলাম', aliases=['Md. Rafiqul Islam'], title='পরিচালক (আন্তর্জাতিক সম্পর্ক)',
          email='rafiqul.islam@btrc-bd.gov.bd')],
  body="""জনাব,

আইটিইউ-এর সার্কুলার CI-19/35 এর প্রেক্ষিতে বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন (বিটিআরসি) পরামর্শ সভায় অংশগ্রহণে আগ্রহ প্রকাশ করছে। বুদাপেস্টে ১০ সেপ্টেম্বর ২০১৯ তারিখে অনুষ্ঠেয় প্রথম সভায় অংশগ্রহণের জন্য জনাব মোঃ রফিকুল ইসলাম (Md. Rafiqul Islam), পরিচালক (আন্তর্জাতিক সম্পর্ক)-কে মনোনয়ন দেওয়া হলো।

ইমেইল: rafiqul.islam@btrc-bd.gov.bd

ধন্যবাদান্তে,
আন্তর্জাতিক সম্পর্ক বিভাগ
বিটিআরসি, ঢাকা
""")

M(key='pak_ur', lang='ur', cs='utf-8', cte='quoted-printable', kind='inquiry', ms='PAK',
  frm=('International Cooperation Wing MoITT', 'icwing@moitt-pk.gov.pk'), style='postfix', host='mail.moitt-pk.gov.pk',
  subj='CI-19/35 سے متعلق استفسار', sent='2019-08-05 11:10:27', tz='+0500',
  mid='<5D47C9C3.1000409@moitt-pk.gov.pk>',
  body="""محترم جناب،

سرکلر CI-19/35 کے حوالے سے عرض ہے کہ وزارتِ انفارمیشن ٹیکنالوجی و ٹیلی کمیونیکیشن یہ جاننا چاہتی ہے کہ کیا بوداپسٹ میں ہونے والے مشاورتی اجلاس میں آن لائن شرکت ممکن ہوگی؟ نیز کیا ایک سے زیادہ نمائندے نامزد کیے جا سکتے ہیں؟

شکریہ،
بین الاقوامی تعاون ونگ
اسلام آباد
""")

M(key='tha', lang='th', cs='tis-620', cte='quoted-printable', kind='nomination', ms='THA',
  frm=('สำนักความร่วมมือระหว่างประเทศ', 'intl@nbtc-th.go.th'), hcs='tis-620', henc='B', style='exchange',
  host='mail.nbtc-th.go.th',
  subj='ตอบหนังสือเวียน CI-19/35', sent='2019-08-15 14:20:11', tz='+0700',
  mid='<9F8E7D6C5B4A39281706F5E4D3C2B1A0@NBTCMAIL.nbtc-th.go.th>',
  dels=[D('สมชาย ใจดี', aliases=['Somchai Jaidee'], title='ผู้อำนวยการส่วนความร่วมมือระหว่างประเทศ',
          email='somchai.j@nbtc-th.go.th')],
  body="""เรียน เลขาธิการสหภาพโทรคมนาคมระหว่างประเทศ

ตามหนังสือเวียนที่ CI-19/35 ลงวันที่ 23 กรกฎาคม 2562 สำนักงาน กสทช. ขอแจ้งความประสงค์เข้าร่วมการประชุมหารือ และขอเสนอชื่อ นายสมชาย ใจดี (Mr. Somchai Jaidee) ผู้อำนวยการส่วนความร่วมมือระหว่างประเทศ เข้าร่วมการประชุมครั้งแรก ณ กรุงบูดาเปสต์ ในวันที่ 10 กันยายน 2562

อีเมล: somchai.j@nbtc-th.go.th

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
สำนักความร่วมมือระหว่างประเทศ
สำนักงาน กสทช.
""")

M(key='vnm', lang='vi', cs='utf-8', cte='quoted-printable', kind='nomination', ms='VNM',
  frm=('Vụ Hợp tác quốc tế', 'htqt@mic-vn.gov.vn'), style='postfix', host='mail.mic-vn.gov.vn',
  subj='V/v cử cán bộ tham dự phiên tham vấn tại Budapest (CI-19/35)', sent='2019-08-17 04:40:10', tz='+0700',
  mid='<1566423610.5521.htqt@mic-vn.gov.vn>', itu_tz='+0000',
  dels=[D('Nguyễn Văn Hùng', title='Phó Vụ trưởng Vụ Hợp tác quốc tế', email='nvhung@mic-vn.gov.vn')],
  body="""Kính gửi Ban Thư ký ITU,

Phúc đáp Thư thông báo CI-19/35, Bộ Thông tin và Truyền thông Việt Nam quan tâm tham gia chuỗi phiên tham vấn về thúc đẩy doanh nghiệp nhỏ và vừa trong lĩnh vực công nghệ và đổi mới sáng tạo.

Bộ xin cử ông Nguyễn Văn Hùng, Phó Vụ trưởng Vụ Hợp tác quốc tế (email: nvhung@mic-vn.gov.vn), tham dự phiên tham vấn đầu tiên tại Budapest ngày 10/9/2019.

Trân trọng,
Vụ Hợp tác quốc tế
Bộ Thông tin và Truyền thông
""")

M(key='mys', lang='ms', cs='us-ascii', cte='7bit', kind='nomination', ms='MYS',
  frm=('Zulkifli bin Hamzah', 'zulkifli.h@skmm-my.gov.my'), style='exchange', host='mail.skmm-my.gov.my',
  subj='Maklum balas Surat Pekeliling ITU CI-19/35', sent='2019-08-08 09:30:45', tz='+0800',
  mid='<2B1A09F8E7D6C5B4A3928170F6E5D4C3@SKMMEX01.skmm-my.gov.my>',
  sess=['budapest-2019', 'cwg-2020', 'wsis-2020'],
  dels=[D('Nurul Aini binti Abdullah', title='Pengurus Kanan, Jabatan Hal Ehwal Antarabangsa', email='nurulaini@skmm-my.gov.my')],
  body="""Tuan/Puan,

Merujuk kepada surat pekeliling CI-19/35, Suruhanjaya Komunikasi dan Multimedia Malaysia (SKMM) berminat untuk menyertai kesemua sesi konsultasi tersebut, iaitu di Budapest (10 September 2019), semasa mesyuarat Kumpulan Kerja Majlis pada awal 2020 dan semasa Forum WSIS 2020.

Wakil yang dicalonkan ialah Puan Nurul Aini binti Abdullah, Pengurus Kanan, Jabatan Hal Ehwal Antarabangsa (nurulaini@skmm-my.gov.my).

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Zulkifli bin Hamzah
Jabatan Hal Ehwal Antarabangsa
Suruhanjaya Komunikasi dan Multimedia Malaysia
""")

M(key='eth', lang='am', cs='utf-8', cte='base64', kind='nomination', ms='ETH',
  frm=('Hiwot Alemu', 'hiwot.alemu@mint-et.gov.et'), style='postfix', host='mail.mint-et.gov.et',
  subj='የCI-19/35 ምላሽ', sent='2019-08-15 10:05:30', tz='+0300',
  date_hdr='Tue, 1 Jan 2019 03:00:12 +0300',
  mid='<20190101000012.7A6B5C@mail.mint-et.gov.et>',
  dels=[D('ዳዊት ተስፋዬ', aliases=['Dawit Tesfaye'], title='የዓለም አቀፍ ግንኙነት ዳይሬክተር', email='dawit.tesfaye@mint-et.gov.et')],
  body="""ለዓለም አቀፍ የቴሌኮሙኒኬሽን ሕብረት (ITU) ጽሕፈት ቤት

ጉዳዩ፦ የCI-19/35 ምላሽ

የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር በቴክኖሎጂና ፈጠራ ዘርፍ ያሉ አነስተኛና መካከለኛ ኢንተርፕራይዞችን ለማበረታታት በሚካሄዱ የምክክር መድረኮች ላይ ለመሳተፍ ፍላጎት እንዳለው ይገልጻል። ሴፕቴምበር 10 ቀን 2019 በቡዳፔስት በሚካሄደው የመጀመሪያው መድረክ ላይ አቶ ዳዊት ተስፋዬ (Dawit Tesfaye)፣ የዓለም አቀፍ ግንኙነት ዳይሬክተር፣ እንዲሳተፉ ተመድበዋል።

ኢሜይል፦ dawit.tesfaye@mint-et.gov.et

ከሰላምታ ጋር
ሕይወት አለሙ
የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር
""")

M(key='geo', lang='ka', cs='utf-8', cte='base64', kind='nomination', ms='GEO',
  frm=('ნინო კაპანაძე', 'n.kapanadze@gncc-ge.gov.ge'), style='postfix', host='mail.gncc-ge.gov.ge',
  subj='CI-19/35 - მონაწილის წარდგენა', sent='2019-08-13 13:44:50', tz='+0400',
  mid='<5D5287A2.9080503@gncc-ge.gov.ge>',
  dels=[D('გიორგი ბერიძე', aliases=['Giorgi Beridze'], title='საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი',
          email='g.beridze@gncc-ge.gov.ge')],
  body="""ბატონებო,

CI-19/35 წერილის პასუხად, საქართველოს კომუნიკაციების ეროვნული კომისია ადასტურებს ინტერესს კონსულტაციებში მონაწილეობის მიმართ. ბუდაპეშტში 2019 წლის 10 სექტემბერს დაგეგმილ პირველ სესიაზე კომისიას წარმოადგენს ბატონი გიორგი ბერიძე (Giorgi Beridze), საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი.

ელ-ფოსტა: g.beridze@gncc-ge.gov.ge

პატივისცემით,
ნინო კაპანაძე
""")

M(key='arm', lang='hy', cs='utf-8', cte='quoted-printable', kind='decline', ms='ARM',
  frm=('Միջազգային համագործակցության վարչություն', 'intl@mtad-am.gov.am'), style='postfix', host='mail.mtad-am.gov.am',
  subj='Re: CI-19/35', sent='2019-08-14 15:03:33', tz='+0400',
  mid='<5D53E8B5.3030404@mtad-am.gov.am>',
  body="""Հարգելի գործընկերներ,

Շնորհակալություն հրավերի համար։ Ցավոք, Հայաստանի Հանրապետության ներկայացուցիչը չի կարողանա մասնակցել Բուդապեշտում սեպտեմբերի 10-ին կայանալիք խորհրդակցությանը։

Հարգանքով՝
Միջազգային համագործակցության վարչություն
""")

M(key='aze', lang='az', cs='utf-8', cte='8bit', kind='nomination', ms='AZE',
  frm=('Rəşad Məmmədov', 'r.mammadov85@mail.ru'), style='postfix', host='smtp49.i.mail.ru',
  subj='Re: CI-19/35', sent='2019-08-16 20:12:37', tz='+0400',
  mid='<1565971957.112233445@f412.i.mail.ru>', itu_tz='+0000',
  dels=[D('Rəşad Məmmədov', title='beynəlxalq əlaqələr şöbəsinin baş məsləhətçisi', email='r.mammadov85@mail.ru')],
  body="""Salam. Azərbaycan adından Budapeştdəki sessiyada mən iştirak edəcəm. Rəsmi məktub bazar ertəsi göndəriləcək.

Rəşad Məmmədov
beynəlxalq əlaqələr şöbəsinin baş məsləhətçisi
Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi

--
Отправлено из Mail.ru для Android
""")

M(key='uzb', lang='uz', cs='utf-8', cte='quoted-printable', kind='inquiry', ms='UZB',
  frm=('Jasur Karimov', 'j.karimov@mitc-uz.gov.uz'), style='postfix', host='mail.mitc-uz.gov.uz',
  subj='CI-19/35 bo‘yicha savol', sent='2019-08-12 11:34:16', tz='+0500',
  mid='<5D5107F8.6070305@mitc-uz.gov.uz>',
  body="""Assalomu alaykum!

CI-19/35 sonli sirkulyar xat bo‘yicha savolimiz bor: Budapeshtdagi maslahat sessiyasiga ishtirokchini ro‘yxatdan o‘tkazish uchun alohida shakl to‘ldirish kerakmi va sessiya soat nechada boshlanadi?

Hurmat bilan,
Karimov Jasur
O‘zbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi
""")

M(key='mng', lang='mn', cs='utf-8', cte='base64', kind='nomination', ms='MNG',
  frm=('Гадаад харилцааны хэлтэс', 'foreign@crc-mn.gov.mn'), style='postfix', host='mail.crc-mn.gov.mn',
  subj='CI-19/35 тоот албан бичгийн хариу', sent='2019-08-15 17:30:09', tz='+0800',
  mid='<20190815093009.2F1E0D@mail.crc-mn.gov.mn>',
  dels=[D('Б.Батбаяр', aliases=['B. Batbayar'], title='Гадаад харилцааны хэлтсийн дарга', email='batbayar.b@crc-mn.gov.mn')],
  body="""Эрхэм хүндэт ОУЦХБ-ын Нарийн бичгийн дарга нарын газарт,

CI-19/35 тоот албан бичгийн дагуу Харилцаа холбооны зохицуулах хороо нь 2019 оны 9-р сарын 10-нд Будапешт хотноо болох анхдугаар зөвлөлдөх хуралдаанд оролцох сонирхолтой байгаагаа илэрхийлж, Гадаад харилцааны хэлтсийн дарга Б.Батбаяр (B. Batbayar)-ыг нэр дэвшүүлж байна.

И-мэйл: batbayar.b@crc-mn.gov.mn

Хүндэтгэсэн,
Гадаад харилцааны хэлтэс
""")

M(key='npl', lang='ne', cs='utf-8', cte='base64', kind='interest_only', ms='NPL',
  frm=('अन्तर्राष्ट्रिय सम्बन्ध शाखा', 'intl@nta-np.gov.np'), style='postfix', host='mail.nta-np.gov.np',
  subj='परिपत्र CI-19/35 सम्बन्धमा', sent='2019-08-20 11:25:44', tz='+0545',
  mid='<5D5B8A30.1050307@nta-np.gov.np>',
  body="""महोदय,

परिपत्र CI-19/35 सम्बन्धमा, नेपाल दूरसञ्चार प्राधिकरण परामर्श सत्रहरूमा सहभागी हुन इच्छुक रहेको जानकारी गराउँदछ। ढिलो जवाफका लागि क्षमाप्रार्थी छौं। बुडापेस्ट सत्रका लागि सहभागीको नाम छिट्टै पठाइनेछ।

भवदीय,
अन्तर्राष्ट्रिय सम्बन्ध शाखा
नेपाल दूरसञ्चार प्राधिकरण, काठमाडौं
""")

M(key='lka', lang='si', cs='utf-8', cte='base64', kind='nomination', ms='LKA',
  frm=('TRCSL International', 'international@trc-lk.gov.lk'), style='postfix', host='mail.trc-lk.gov.lk',
  subj='CI-19/35 - නාමයෝජනාව', sent='2019-08-19 10:40:28', tz='+0530',
  mid='<5D5A2F84.7000604@trc-lk.gov.lk>', itu_tz='+0000',
  dels=[D('චමින්ද පෙරේරා', aliases=['Chaminda Perera'], title='නියෝජ්‍ය අධ්‍යක්ෂ (ජාත්‍යන්තර සබඳතා)',
          email='chaminda.p@trc-lk.gov.lk')],
  body="""මහත්මයාණෙනි,

CI-19/35 චක්‍රලේඛයට අනුව, ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව උපදේශන සැසිවලට සහභාගී වීමට කැමැත්ත ප්‍රකාශ කරයි. 2019 සැප්තැම්බර් 10 වන දින බුඩාපෙස්ට් නුවර පැවැත්වෙන පළමු සැසිය සඳහා නියෝජ්‍ය අධ්‍යක්ෂ (ජාත්‍යන්තර සබඳතා) චමින්ද පෙරේරා (Chaminda Perera) මහතා නම් කරනු ලැබේ.

විද්‍යුත් තැපෑල: chaminda.p@trc-lk.gov.lk

ප්‍රමාදය ගැන කණගාටුයි.

ජාත්‍යන්තර සබඳතා අංශය
""")

M(key='alb', lang='sq', cs='iso-8859-1', cte='quoted-printable', kind='nomination', ms='ALB',
  frm=('Elda Shehu', 'elda.shehu@akep-al.gov.al'), hcs='iso-8859-1', henc='Q', style='exchange', host='mail.akep-al.gov.al',
  subj='Përgjigje: CI-19/35', sent='2019-08-13 11:15:39', tz='+0200',
  mid='<C4B3A2918F7E6D5C4B3A291807F6E5D4@AKEPEX01.akep-al.gov.al>',
  dels=[D('Arben Hoxha', title='Drejtor i Marrëdhënieve me Jashtë', email='arben.hoxha@akep-al.gov.al')],
  body="""Të nderuar,

Në përgjigje të letrës qarkore CI-19/35, Autoriteti i Komunikimeve Elektronike dhe Postare (AKEP) shpreh interesin për të marrë pjesë në seancat e konsultimit. Për seancën e parë në Budapest, më 10 shtator 2019, AKEP cakton z. Arben Hoxha, Drejtor i Marrëdhënieve me Jashtë (arben.hoxha@akep-al.gov.al).

Me respekt,
Elda Shehu
Sektori i Marrëdhënieve me Jashtë
AKEP, Tiranë
""")

M(key='mkd', lang='mk', cs='windows-1251', cte='base64', kind='decline', ms='MKD',
  frm=('Сектор за меѓународна соработка', 'intl@aek-mk.gov.mk'), hcs='windows-1251', henc='B', style='postfix',
  host='mail.aek-mk.gov.mk',
  subj='Одговор на CI-19/35', sent='2019-08-16 09:22:51', tz='+0200',
  mid='<5D5659AB.8010709@aek-mk.gov.mk>',
  body="""Почитувани,

Ви благодариме за поканата. За жал, Агенцијата за електронски комуникации нема да биде во можност да испрати претставник на консултативната сесија во Будимпешта на 10 септември 2019 година.

Со почит,
Сектор за меѓународна соработка
Агенција за електронски комуникации, Скопје
""")

M(key='bgr', lang='bg', cs='windows-1251', cte='8bit', kind='nomination', ms='BGR',
  frm=('Иван Петров', 'i.petrov@crc-bg.gov.bg'), hcs='windows-1251', henc='B', style='exchange', host='mail.crc-bg.gov.bg',
  subj='Отговор на циркулярно писмо CI-19/35', sent='2019-08-17 00:45:06', tz='+0300',
  mid='<A0B1C2D3E4F5061728394A5B6C7D8E9F@CRCEXCH.crc-bg.gov.bg>',
  dels=[D('Мария Георгиева', title='главен експерт в дирекция „Международна дейност“', email='m.georgieva@crc-bg.gov.bg')],
  body="""Уважаеми колеги,

Във връзка с циркулярно писмо CI-19/35 Ви уведомяваме, че Комисията за регулиране на съобщенията проявява интерес към консултациите. За първата сесия в Будапеща на 10 септември 2019 г. определяме г-жа Мария Георгиева, главен експерт в дирекция „Международна дейност“ (m.georgieva@crc-bg.gov.bg).

С уважение,
Иван Петров
директор на дирекция „Международна дейност“
Комисия за регулиране на съобщенията
""")

M(key='srb', lang='sr', cs='utf-8', cte='quoted-printable', kind='nomination', ms='SRB',
  frm=('Сектор за међународну сарадњу', 'intl@ratel-rs.gov.rs'), style='postfix', host='mail.ratel-rs.gov.rs',
  subj='Одговор на CI-19/35', sent='2019-08-12 13:58:27', tz='+0200',
  mid='<5D5153A3.5030108@ratel-rs.gov.rs>',
  dels=[D('Марко Петровић', aliases=['Marko Petrović'], title='самостални саветник у Сектору за међународну сарадњу',
          email='marko.petrovic@ratel-rs.gov.rs')],
  body="""Поштовани,

Регулаторно тело за електронске комуникације и поштанске услуге (РАТЕЛ) изражава интересовање за учешће у консултативним сесијама. На првој сесији у Будимпешти 10. септембра 2019. године учествоваће Марко Петровић (Marko Petrović), самостални саветник у Сектору за међународну сарадњу, marko.petrovic@ratel-rs.gov.rs.

Срдачан поздрав,
Сектор за међународну сарадњу
РАТЕЛ, Београд
""")

M(key='khm', lang='km', cs='utf-8', cte='base64', kind='nomination', ms='KHM',
  frm=('TRC International Affairs', 'intl@trc-kh.gov.kh'), style='gmail', host='mail-wm1-f71.google.com',
  subj='ចម្លើយតបលិខិតចរាចរ CI-19/35', sent='2019-08-14 15:12:33', tz='+0700',
  mid='<CAN8wQ3pL5tY2kR7vZ1xE4bM0cH9dF6sJ3aU8iO2gT5nK7yWqPe@mail.gmail.com>',
  dels=[D('សុខ វិចិត្រ', aliases=['Sok Vichet'], title='អនុប្រធាន', email='vichet.sok@trc-kh.gov.kh')],
  body="""ជូនចំពោះ លេខាធិការដ្ឋាន ITU

តបតាមលិខិតចរាចរ CI-19/35 និយ័តករទូរគមនាគមន៍កម្ពុជា សូមជម្រាបថា ឯកឧត្តម សុខ វិចិត្រ (H.E. Sok Vichet) អនុប្រធាន នឹងចូលរួមវគ្គពិគ្រោះយោបល់លើកទី១ នៅទីក្រុងប៊ុយដាប៉ែស នាថ្ងៃទី១០ ខែកញ្ញា ឆ្នាំ២០១៩។

អ៊ីមែល: vichet.sok@trc-kh.gov.kh

សូមអរគុណ
នាយកដ្ឋានកិច្ចការអន្តរជាតិ
""")

M(key='mmr', lang='my', cs='utf-8', cte='base64', kind='decline', ms='MMR',
  frm=('International Relations Division', 'ird@motc-mm.gov.mm'), style='postfix', host='mail.motc-mm.gov.mm',
  subj='Re: CI-19/35', sent='2019-08-15 13:35:17', tz='+0630',
  mid='<5D550E9D.1000802@motc-mm.gov.mm>',
  body="""လေးစားအပ်ပါသော ITU အတွင်းရေးမှူးရုံးသို့

CI-19/35 စာအရ ဖိတ်ကြားခြင်းအတွက် ကျေးဇူးတင်ပါသည်။ ဝမ်းနည်းစွာဖြင့် ဘူဒါပက်စ်တွင် ကျင်းပမည့် ပထမအကြိမ် ဆွေးနွေးပွဲသို့ ကိုယ်စားလှယ် စေလွှတ်နိုင်မည် မဟုတ်ကြောင်း အကြောင်းကြားအပ်ပါသည်။

လေးစားစွာဖြင့်
နိုင်ငံတကာဆက်ဆံရေးဌာနခွဲ
""")

M(key='som', lang='so', cs='us-ascii', cte='7bit', kind='nomination', ms='SOM',
  frm=('Xafiiska Xiriirka Caalamiga', 'xiriirka@mpt-so.gov.so'), style='postfix', host='mail.mpt-so.gov.so',
  subj='Jawaab: CI-19/35', sent='2019-08-15 12:02:48', tz='+0300',
  mid='<5D551F68.4000107@mpt-so.gov.so>',
  dels=[D('Maxamed Cabdi Xasan', title='Agaasimaha Waaxda ICT', email='m.xasan@mpt-so.gov.so')],
  body="""Mudane,

Iyadoo laga jawaabayo warqadda CI-19/35, Wasaaradda Boostada, Isgaarsiinta iyo Teknoolajiyada ee Jamhuuriyadda Federaalka Soomaaliya waxay xiisaynaysaa ka qaybgalka kulamada wadatashiga. Kulanka koowaad ee Budapest (10 September 2019) waxaan u magacaabaynaa Eng. Maxamed Cabdi Xasan, Agaasimaha Waaxda ICT (m.xasan@mpt-so.gov.so).

Mahadsanid,
Xafiiska Xiriirka Caalamiga
Muqdisho
""")

M(key='ooo_lt', lang='lt', cs='iso-8859-13', cte='quoted-printable', kind='auto_reply',
  frm=('Rūta Kazlauskienė', 'ruta.kazlauskiene@rrt-lt.lt'), hcs='iso-8859-13', henc='Q', style='exchange',
  host='pastas.rrt-lt.lt', return_path='',
  subj='Automatinis atsakymas: CI-19/35 - reminder', sent='2019-08-13 15:44:58', tz='+0300',
  mid='<0F1E2D3C4B5A69788796A5B4C3D2E1F0@RRTEXCH.rrt-lt.lt>',
  extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
  body="""Laba diena,

šiuo metu esu atostogose ir grįšiu rugpjūčio 26 d. Skubiais klausimais prašome kreiptis el. paštu tarptautinis@rrt-lt.lt.

Pagarbiai
Rūta Kazlauskienė
""")

M(key='bounce_hr', lang='hr', cs='utf-8', cte='quoted-printable', fmt='report', kind='bounce',
  frm=('Microsoft Outlook', 'postmaster@hakom-hr.hr'), style='exchange', host='mail.hakom-hr.hr', return_path='',
  subj='Neisporučivo: CI-19/35 - reminder: nominations due 16 August', sent='2019-08-13 14:46:20', tz='+0200',
  mid='<7c1e3a5b-9d2f-4e6a-8b0c-1d3e5f7a9b2c@mail.hakom-hr.hr>', extra=['Auto-Submitted: auto-replied'],
  body="""Isporuka sljedećim primateljima ili grupama nije uspjela:

i.horvat@hakom-hr.hr
Poštanski sandučić primatelja je pun i trenutačno ne može primati poruke. Pokušajte ponovno poslati poruku kasnije ili se obratite izravno primatelju.

Dijagnostičke informacije za administratore:

Generirajući poslužitelj: mail.hakom-hr.hr

i.horvat@hakom-hr.hr
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
""",
  dsn="""Reporting-MTA: dns;mail.hakom-hr.hr
Received-From-MTA: dns;mx2.itu.int
Arrival-Date: Tue, 13 Aug 2019 12:46:18 +0000

Final-Recipient: rfc822;i.horvat@hakom-hr.hr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
""",
  orig="""Received: from mx2.itu.int (156.106.192.42) by mail.hakom-hr.hr
 with Microsoft SMTP Server id 15.1.1713.5; Tue, 13 Aug 2019 14:46:18 +0200
From: ITU SME <sme@itu.int>
To: <i.horvat@hakom-hr.hr>
Subject: CI-19/35 - reminder: nominations due 16 August
Date: Tue, 13 Aug 2019 14:44:40 +0000
Message-ID: <4e2a7c9b1d3f4a5e@exch3.itu.int>
MIME-Version: 1.0
Content-Type: text/plain
""")

M(key='bounce_de', lang='de', cs='iso-8859-1', cte='quoted-printable', fmt='report', kind='bounce',
  frm=('Mail Delivery System', 'MAILER-DAEMON@mx01.bmvi-example.de'), hcs='iso-8859-1', henc='Q', style='postfix',
  host='mx01.bmvi-example.de', return_path='',
  subj='Unzustellbar: CI-19/35 - Erinnerung / reminder', sent='2019-08-13 14:45:33', tz='+0200',
  mid='<20190813124533.9E8D7C6B5A@mx01.bmvi-example.de>', extra=['Auto-Submitted: auto-replied'],
  orig_type='message/rfc822',
  body="""Dies ist eine automatisch erstellte Nachricht des Mailsystems auf mx01.bmvi-example.de.

Ihre Nachricht konnte an folgende(n) Empfänger nicht zugestellt werden:

<k.mueller@bmvi-example.de>: Benutzer unbekannt (550 5.1.1)

Die ursprüngliche Nachricht ist angehängt.
""",
  dsn="""Reporting-MTA: dns; mx01.bmvi-example.de
Arrival-Date: Tue, 13 Aug 2019 14:45:31 +0200

Final-Recipient: rfc822; k.mueller@bmvi-example.de
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <k.mueller@bmvi-example.de>: Recipient address rejected: User unknown
""",
  orig="""From: ITU SME <sme@itu.int>
To: <k.mueller@bmvi-example.de>
Subject: CI-19/35 - reminder: nominations due 16 August
Date: Tue, 13 Aug 2019 14:44:40 +0000
Message-ID: <5b3e8d0a2c4f4b6d@exch3.itu.int>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Dear colleagues, this is a reminder that replies to CI-19/35 are due by 16 August 2019.
""")

M(key='de_unrel', lang='de', cs='utf-8', cte='quoted-printable', fmt='alt', kind='unrelated',
  frm=('Gründerverband Digital e.V.', 'info@gruenderverband-digital.de'), style='postfix', host='mail.gruenderverband-digital.de',
  subj='Jetzt nominieren: Digitaler Gründerpreis 2019 + Delegationsreise nach Budapest', sent='2019-08-05 07:00:00', tz='+0200',
  mid='<newsletter.2019-08.3319@gruenderverband-digital.de>', extra=['Precedence: bulk',
       'List-Unsubscribe: <https://gruenderverband-digital.de/abmelden>'],
  body="""Liebe Mitglieder und Freunde,

die Nominierungsphase für den Digitalen Gründerpreis 2019 läuft noch bis zum 30. August. Nominieren Sie jetzt Start-ups aus Ihrem Netzwerk!

Außerdem organisieren wir eine Delegationsreise zur ITU Telecom World 2019 nach Budapest (9.–12. September). Start-ups können sich für den Gemeinschaftsstand bewerben.

Herzliche Grüße
Ihr Team vom Gründerverband Digital

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden: https://gruenderverband-digital.de/abmelden
""")

M(key='bounce_en2', lang='en', cs='us-ascii', cte='7bit', fmt='report', kind='bounce',
  frm=('Microsoft Outlook', 'postmaster@potraz-reg.org.zw'), style='exchange', host='mail.potraz-reg.org.zw', return_path='',
  subj='Undeliverable: RE: CI-19/35 - acknowledgement of your nomination', sent='2019-08-19 09:10:44', tz='+0200',
  mid='<b8e1d4a7-2c5f-4b9e-a3d6-0f1c2e3d4a5b@mail.potraz-reg.org.zw>', extra=['Auto-Submitted: auto-replied'],
  body="""Delivery has failed to these recipients or groups:

t.moyo@potraz-reg.org.zw
The email address you entered couldn't be found. Please check the recipient's email address and try to send the message again. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: mail.potraz-reg.org.zw

t.moyo@potraz-reg.org.zw
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
  dsn="""Reporting-MTA: dns;mail.potraz-reg.org.zw
Received-From-MTA: dns;mx1.itu.int
Arrival-Date: Mon, 19 Aug 2019 07:10:42 +0000

Final-Recipient: rfc822;t.moyo@potraz-reg.org.zw
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""",
  orig="""From: ITU SME <sme@itu.int>
To: "Moyo, Tendai" <t.moyo@potraz-reg.org.zw>
Subject: RE: CI-19/35 - acknowledgement of your nomination
Date: Mon, 19 Aug 2019 07:10:30 +0000
Message-ID: <1a2b3c4d5e6f4a7b@exch3.itu.int>
MIME-Version: 1.0
Content-Type: text/plain
""")


if __name__ == '__main__':
    main()
