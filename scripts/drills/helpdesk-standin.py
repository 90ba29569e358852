"""A stand-in helpdesk API for the drills that also answers Zammad's article list, as Zammad does.

The drills' own stand-in (../shared/drills/lib/capture.py) answers every Zammad article request with
one object, so a write-back that may have reached the helpdesk before a crash cannot be checked
there. This one logs every request in the same JSON-lines format (the drills count notes from it)
and answers GET /api/v1/ticket_articles/by_ticket/{id} with the articles POSTed to that ticket, the
way Zammad's REST API does (an array of article objects with their body).

Usage: python3 helpdesk-standin.py PORT LOGFILE   (listens on 127.0.0.1 only)
"""
import json
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, log = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()
outage = {"until": 0.0, "status": 503, "retryAfter": None}
articles = {}  # ticket id -> articles, as Zammad lists them
by_ticket = re.compile(r"/ticket_articles/by_ticket/(\d+)")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        if self.path == "/__outage":
            o = json.loads(body or "{}")
            outage.update(until=time.time() + float(o.get("seconds", 120)),
                          status=int(o.get("status", 503)), retryAfter=o.get("retryAfter"))
            return self.answer(200, {})
        status = 200
        if self.command != "GET" and time.time() < outage["until"]:
            status = outage["status"]
        with lock:
            with open(log, "a") as f:
                f.write(json.dumps({"t": time.time(), "method": self.command, "path": self.path,
                                    "status": status, "headers": dict(self.headers),
                                    "body": body}) + "\n")
            if status != 200:
                return self.answer(status, {"error": "drill outage"}, outage["retryAfter"])
            listed = by_ticket.search(self.path)
            if listed and self.command == "GET":
                return self.answer(200, articles.get(listed.group(1), []))
            if self.path.endswith("/ticket_articles") and self.command == "POST":
                article = json.loads(body or "{}")
                ticket = str(article.get("ticket_id"))
                stored = dict(article, id=9001 + sum(len(a) for a in articles.values()))
                articles.setdefault(ticket, []).append(stored)
                return self.answer(200, stored)
        if self.path.endswith("/labels") and self.command == "GET":
            out = {"payload": []}
        elif self.path.endswith("/messages"):
            out = {"id": 9002}
        else:
            out = {}
        self.answer(200, out)

    def answer(self, status, out, retry_after=None):
        data = json.dumps(out).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        if retry_after is not None:
            self.send_header("Retry-After", str(retry_after))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = handle_any


ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
