"""Nothing may reach the network at run time: a council machine often cannot, and must not."""

import socket

import pytest

from redactor.pipeline import load_pipeline


class NetworkBlocked(RuntimeError):
    pass


@pytest.fixture()
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkBlocked("network access attempted")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_model_load_and_detection_run_with_sockets_blocked(no_network):
    # A fresh Detector: loads spaCy and builds Presidio with the network refused.
    from redactor.detect.engine import Detector
    detector = Detector(load_pipeline("training"))
    text = ("Email mum at sarah.jones@example.co.uk or see www.example.org/family. "
            "Kacper Nowak, NHS No 943 476 5919, 07700 900456.")
    types = {f.type for f in detector.detect(text)}
    assert {"EMAIL", "URL", "PERSON", "NHS_NUMBER", "PHONE"} <= types
