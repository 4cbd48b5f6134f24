"""Oversize bodies against the production stack: gunicorn answers 413 without reading them."""

import socket

CORRUPTION = "/th/corruption-complaints/"
CLAIMED = 100 * 1024 * 1024
# Only a bound for a broken server that waits for the claimed 100 MB: a correct one
# answers as soon as it has read the headers.
GIVE_UP_AFTER = 60


def send_claiming_100_mb(stack, path: str, content_type: str) -> bytes:
    """Headers announcing 100 MB, then a few bytes, and the answer read while the rest never comes."""
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{stack.port}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {CLAIMED}\r\nConnection: close\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", stack.port), timeout=GIVE_UP_AFTER) as connection:
        connection.sendall(head.encode() + b"--X\r\n")
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


def test_an_oversize_complaint_is_refused_before_its_body_is_read(stack):
    answer = send_claiming_100_mb(stack, CORRUPTION, "multipart/form-data; boundary=X")
    status_line, _, rest = answer.partition(b"\r\n")
    assert b" 413 " in status_line, status_line
    assert "ข้อมูลที่ส่งมีขนาดใหญ่เกินไป" in rest.decode("utf-8", "replace")

    api = send_claiming_100_mb(stack, "/api/complaints/corruption", "application/json")
    assert b" 413 " in api.partition(b"\r\n")[0]
    assert b"application/problem+json" in api

    assert "Traceback" not in stack.log_text()
