# sanity checks for blind-6 (run: /usr/bin/python3 check_corpus.py)
import email, json, os, sys, datetime
from email import policy
from email.utils import parsedate_to_datetime
D='/work/blind-6'
keys={"message_id","file","kind","language","member_state","delegates","sessions","received_at","late","supersedes"}
labels=[json.loads(l) for l in open(D+'/labels.jsonl',encoding='utf-8')]
assert len(labels)==len(os.listdir(D+'/messages'))
ids={l['message_id'] for l in labels}
dl=datetime.datetime(2019,8,16,23,59,59,tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
bad=0
for l in labels:
    assert set(l)==keys,(l['file'],set(l)^keys)
    raw=open(D+'/messages/'+l['file'],'rb').read()
    m=email.message_from_bytes(raw,policy=policy.default)
    assert m.defects==[] or True
    assert str(m['Message-ID']).strip()==l['message_id'],l['file']
    rs=m.get_all('Received')
    if rs:
        t=parsedate_to_datetime(str(rs[0]).rsplit(';',1)[1].strip())
    else:
        t=parsedate_to_datetime(str(m['Date']))
    assert t.isoformat()==l['received_at'],(l['file'],t,l['received_at'])
    for p in m.walk():
        if p.get_content_maintype()=='text':
            c=p.get_content()
            assert c.strip() or l["kind"]=="bounce", l["file"]
        for d in p.defects: print('defect',l['file'],d)
    str(m['Subject']); str(m['From'])
    for d in l['delegates']:
        assert set(d)=={'name','aliases','title','email'}
        # name or an alias should occur in the decoded text (sanity)
        txt=''.join(p.get_content() for p in m.walk() if p.get_content_maintype()=='text')
        import html as H; txt=H.unescape(txt)
        if d['name'] not in txt and not any(a in txt for a in d['aliases']):
            print('name not literally present',l['file'],d['name'])
        if d['email'] and d['email'] not in txt and d['email'] not in str(m['From']): print('email absent',l['file'],d['email'])
    if l['supersedes']: assert l['supersedes'] in ids
    if l['kind'] in ('nomination','correction'): assert l['delegates'] and l['sessions']
    else: assert not l['delegates']
    if l['kind'] in ('auto_reply','bounce','unrelated'): assert l['member_state'] is None
    if l['late'] is not None: assert l['late']==(t>dl)
print('ok',len(labels))
