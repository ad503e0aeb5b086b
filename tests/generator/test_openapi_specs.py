"""Specs as published (tests/generator/openapi_specs/): found in any of the usual file types,
named from their title without our metadata, unsupported operations skipped with a warning,
and the generated client imports and talks to a server the way the spec says."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import sys
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import pytest

from generator import cli, pipeline
from generator.loaders.openapi import OpenApiLoader, SpecError, generator_target, group_name
from generator.render.renderer import FormatError, format_python
from generator.verify import check_generated

SPECS = Path(__file__).parent / "openapi_specs"


def generate(
    capsys: pytest.CaptureFixture[str], output: Path, *specs: Path
) -> tuple[int, str, str]:
    status = cli.main(["generate", *map(str, specs), "--output", str(output)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """Every spec of openapi_specs/ generated once, with what `generate` printed on stderr."""
    output = tmp_path_factory.mktemp("openapi")
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = cli.main(
            ["generate", *(str(path) for path in sorted(SPECS.iterdir())), "--output", str(output)]
        )
    assert status == 0, err.getvalue()
    yield output, err.getvalue()


def imported(output: Path, distribution: str, package: str) -> ModuleType:
    source = str(output / distribution / "src")
    sys.path.insert(0, source)
    try:
        for name in [name for name in sys.modules if name.split(".")[0] == package]:
            del sys.modules[name]
        module = importlib.import_module(package)
        importlib.import_module(package + "._routes")
        importlib.import_module(package + ".models")  # no longer a side effect of `_routes`
        return module
    finally:
        sys.path.remove(source)


def test_specs_of_every_file_type_are_discovered(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yml"):
        (tmp_path / name).write_text("openapi: 3.1.0\ninfo: {title: T, version: '1'}\n")
    (tmp_path / "c.json").write_text('{"openapi": "3.1.0", "info": {"title": "C"}}')
    (tmp_path / "releases.json").write_text("{}")
    (tmp_path / "notes.txt").write_text("not a spec")
    assert [source.name for source in pipeline.discover(tmp_path)] == ["a.yaml", "b.yml", "c.json"]


def test_names_come_from_the_title_without_x_generator() -> None:
    assert generator_target({"title": "Swagger Petstore"}) == {
        "distribution": "swagger-petstore-api",
        "package": "swagger_petstore_api",
        "client": "SwaggerPetstoreClient",
        "flavor": "generic",
        "version": "0.1.0",
    }
    assert generator_target({"title": "Stripe API"})["package"] == "stripe_api"
    assert generator_target({"title": "3D Prints"})["package"].isidentifier()


def test_a_partial_x_generator_block_names_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "partial.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1', x-generator: {flavor: generic}}\n"
    )
    status, _, err = generate(capsys, tmp_path / "out", spec)
    assert status == 2
    assert "x-generator is missing distribution, package, client" in err
    assert "Traceback" not in err


def test_writing_nothing_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "specs").mkdir()
    status = cli.main(
        ["generate", "--specs", str(tmp_path / "specs"), "--output", str(tmp_path / "out")]
    )
    assert status == 1
    assert "no distribution generated" in capsys.readouterr().err


def test_a_dangling_ref_is_an_error_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "dangling.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    get:\n"
        "      responses:\n        '200':\n          description: x\n          content:\n"
        "            application/json:\n              schema: {$ref: '#/components/schemas/Gone'}\n"
    )
    status, _, err = generate(capsys, tmp_path / "out", spec)
    assert status == 2
    assert "'#/components/schemas/Gone' points to nothing" in err


def test_only_openapi_3_is_read() -> None:
    with pytest.raises(SpecError, match=r"only OpenAPI 3\.0 and 3\.1"):
        OpenApiLoader({"swagger": "2.0", "info": {"title": "Old"}}).load()


def test_unsupported_operations_are_skipped_with_a_warning(generated: tuple[Path, str]) -> None:
    _, warnings = generated
    for line in (
        "circular.yaml: skipped GET /trees: $ref '#/components/schemas/Tree' refers to itself",
        "circular.yaml: skipped GET /loops: circular $ref: #/components/parameters/Loop -> ",
        "-> #/components/parameters/Loop (at #/paths/~1loops/get)",
    ):
        assert line in warnings
    assert "Traceback" not in warnings


def test_names_that_are_not_identifiers_become_valid(generated: tuple[Path, str]) -> None:
    output, _ = generated
    package = imported(output, "api-1st-hooks-files-api", "api_1st_hooks_files_api")
    client = package.N1stHooksFilesClient(base_url="http://127.0.0.1:9")
    assert hasattr(client, "n1") and hasattr(client.n1, "import_")
    fields = {field.name for field in __import__("attrs").fields(package.models.Class)}
    assert {"def_", "n2nd", "none"} <= fields
    assert '"' in package.models.Class.__doc__ and "\\" in package.models.Class.__doc__


def test_without_servers_the_base_url_is_required(generated: tuple[Path, str]) -> None:
    output, _ = generated
    package = imported(output, "circular-refs-api", "circular_refs_api")
    with pytest.raises(TypeError, match="base_url"):
        package.CircularRefsClient()


def test_server_variables_take_their_defaults(generated: tuple[Path, str]) -> None:
    output, _ = generated
    package = imported(output, "swagger-petstore-api", "swagger_petstore_api")
    assert "http://petstore.invalid/v1" in repr(package.SwaggerPetstoreClient())


def test_all_of_keeps_the_component_name(generated: tuple[Path, str]) -> None:
    output, _ = generated
    models = imported(output, "swagger-petstore-api", "swagger_petstore_api").models
    assert models.__all__ == ["Company", "Error", "Person", "Pet", "UploadPhotoMeta"]


class Recorder(BaseHTTPRequestHandler):
    """Answers from `replies` by path and remembers each request line."""

    replies: ClassVar[dict[str, Any]] = {}
    seen: ClassVar[list[str]] = []
    headers_seen: ClassVar[list[dict[str, str]]] = []

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.seen.append(self.path)
        self.headers_seen.append(dict(self.headers))
        self._reply()

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.seen.append(self.path + " " + self.rfile.read(length).decode("latin-1"))
        self.headers_seen.append(dict(self.headers))
        self._reply()

    do_PUT = do_POST

    def do_HEAD(self) -> None:
        self.seen.append("HEAD " + self.path)
        self.headers_seen.append(dict(self.headers))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_DELETE = do_POST

    def _reply(self) -> None:
        path = self.path.split("?")[0]
        reply = self.replies.get(f"{self.command} {path}", self.replies.get(path))
        status = 200
        if isinstance(reply, tuple):
            status, reply = reply
        body = reply if isinstance(reply, bytes) else json.dumps(reply).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/vnd.petstore+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[str]:
    Recorder.seen = []
    Recorder.headers_seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_array_query_parameters_follow_their_style_and_nullable_decodes(
    generated: tuple[Path, str], server: str
) -> None:
    output, _ = generated
    package = imported(output, "swagger-petstore-api", "swagger_petstore_api")
    Recorder.replies = {
        "/v1/pets": [{"id": 1, "name": "Rex", "tag": None, "owner": None, "born": "2020-02-29"}]
    }
    with package.SwaggerPetstoreClient(base_url=server + "/v1") as client:
        pets = client.pets.list_pets(tags=["a", "b c"], ids=[1, 2])
    assert Recorder.seen == ["/v1/pets?tags=a&tags=b%20c&ids=1%2C2"]
    assert Recorder.headers_seen[0]["Accept"] == "application/vnd.petstore+json"
    assert (pets[0].tag, pets[0].owner, pets[0].id) == (None, None, 1)


def test_dates_date_times_and_uuids_round_trip(generated: tuple[Path, str], server: str) -> None:
    output, _ = generated
    package = imported(output, "swagger-petstore-api", "swagger_petstore_api")
    key = "0b7d2f4e-9c1a-4d2b-8e3f-5a6b7c8d9e0f"
    sent = {
        "id": 7,
        "name": "Rex",
        "born": "2020-02-29",
        "key": key,
        "seen": ["2024-05-01T12:30:00Z", "2024-05-02T08:00:00.250+02:00"],
    }
    Recorder.replies = {"/v1/pets": [sent], "POST /v1/pets": sent}
    since = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    with package.SwaggerPetstoreClient(base_url=server + "/v1") as client:
        pet = client.pets.list_pets(since=since)[0]
        client.pets.add_pet(name="Rex", born=dt.date(2020, 2, 29))
        with pytest.raises(package.ValidationError, match="since"):
            client.pets.list_pets(since=dt.datetime(2024, 1, 2))  # no timezone
    assert pet.born == dt.date(2020, 2, 29)
    assert pet.key == uuid.UUID(key)
    assert pet.seen[0] == dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.timezone.utc)
    assert pet.seen[1].utcoffset() == dt.timedelta(hours=2)
    assert Recorder.seen[0] == "/v1/pets?since=2024-01-02T03%3A04%3A05%2B00%3A00"
    assert json.loads(Recorder.seen[1].split(" ", 1)[1]) == {"name": "Rex", "born": "2020-02-29"}
    encoded = package.unstructure(pet)
    assert (encoded["born"], encoded["key"]) == ("2020-02-29", key)
    assert encoded["seen"][1] == "2024-05-02T08:00:00.250000+02:00"
    with pytest.raises(package.DecodeError):
        package.structure({**sent, "born": "29/02/2020"}, package.models.Pet)


def test_recursive_models_decode(generated: tuple[Path, str], server: str) -> None:
    output, _ = generated
    package = imported(output, "circular-refs-api", "circular_refs_api")
    Recorder.replies = {
        "/nodes": {
            "name": "root",
            "children": [{"name": "leaf", "children": []}],
            "parent": {"child": {"name": "up"}},
        }
    }
    with package.CircularRefsClient(base_url=server) as client:
        root = client.default.list_nodes()
    assert root.children[0].name == "leaf" and root.parent.child.name == "up"


def test_a_format_failure_names_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "ok.py").write_text("x = 1\n")
    (tmp_path / "pkg" / "bad.py").write_text("x = 1\nclass Api:\n    1: int\n    def (:\n")
    with pytest.raises(FormatError, match=r"generated pkg/bad\.py:3: illegal target"):
        format_python(tmp_path)


def test_generated_code_is_lint_format_and_type_clean(generated: tuple[Path, str]) -> None:
    output, _ = generated
    assert check_generated(output) == []


def test_credentials_go_where_each_security_scheme_says(
    generated: tuple[Path, str], server: str
) -> None:
    output, warnings = generated
    assert "secured.yaml: security scheme 'mtls' (mutualTLS) is not supported" in warnings
    package = imported(output, "secured-service-api", "secured_service_api")
    Recorder.replies = {"/me": {}, "/keys": {}, "/cookie": {}, "/open": {}}
    with package.SecuredServiceClient(
        base_url=server, bearer="t0ken", header_key="hk", query_key="q k", session="s1"
    ) as client:
        client.default.me()
        client.default.keys()
        client.default.cookie()
        client.default.open()
    with package.SecuredServiceClient(base_url=server, basic=("ann", "pa:ss")) as client:
        client.default.keys()
    with package.SecuredServiceClient(base_url=server, oauth="access") as client:
        client.default.open()
    sent = [
        (path, headers.get("Authorization"), headers.get("X-API-Key"), headers.get("Cookie"))
        for path, headers in zip(Recorder.seen, Recorder.headers_seen, strict=True)
    ]
    assert sent == [
        ("/me", "Bearer t0ken", None, None),
        ("/keys?api_key=q%20k", None, "hk", None),
        ("/cookie", None, None, "SESSION=s1"),
        ("/open", None, None, None),
        ("/keys", "Basic YW5uOnBhOnNz", None, None),
        ("/open", "Bearer access", None, None),
    ]


def test_missing_or_bad_credentials_are_refused_without_showing_them(
    generated: tuple[Path, str], server: str
) -> None:
    output, _ = generated
    package = imported(output, "secured-service-api", "secured_service_api")
    with package.SecuredServiceClient(base_url=server, header_key="only-half") as client:
        with pytest.raises(
            package.ValidationError, match="needs header_key \\+ query_key or basic"
        ):
            client.default.keys()
        assert "only-half" not in repr(client) + repr(client._transport.credentials)
    assert Recorder.seen == []
    with pytest.raises(package.ValidationError) as bad:
        package.SecuredServiceClient(base_url=server, bearer="sec ret\n")
    assert bad.value.field == "bearer" and "sec ret" not in str(bad.value)
    with pytest.raises(package.ValidationError, match="basic: must be a"):
        package.SecuredServiceClient(base_url=server, basic="ann:secret")  # type: ignore[arg-type]


def test_strict_refuses_what_would_be_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = cli.main(
        ["generate", "--strict", str(SPECS / "circular.yaml"), "--output", str(tmp_path)]
    )
    err = capsys.readouterr().err
    assert status == 2
    assert "skipped GET /trees: $ref '#/components/schemas/Tree' refers to itself" in err
    assert "(--strict)" in err
    assert list(tmp_path.iterdir()) == []


def test_hand_written_yaml_habits(generated: tuple[Path, str], server: str) -> None:
    output, warnings = generated
    assert "quirks.yaml: GET /switches/{id}: operationId 'toggle' is taken; the method is " in (
        warnings
    )
    package = imported(output, "quirks-api", "quirks_api")
    Recorder.replies = {"/switches/3": {"id": 3, "on": True, "mode": "no"}}
    with package.QuirksClient(base_url=server) as client:
        switch = client.default.toggle2(id=3)  # typed: the unquoted 200 was read as "200"
        assert client.default.switch_exists(id=3) is None
        with pytest.raises(TypeError, match="'id'"):
            client.default.toggle(id=1, on=True)  # read-only: not an argument
    assert (switch.on, switch.mode) == (True, "no")
    assert Recorder.seen == ["/switches/3", "HEAD /switches/3"]


def test_text_and_bytes_bodies_travel_as_they_are(generated: tuple[Path, str], server: str) -> None:
    output, _ = generated
    package = imported(output, "swagger-petstore-api", "swagger_petstore_api")
    png = b"\x89PNG\r\n\x1a\n\x00\xff"
    Recorder.replies = {
        "/v1/pets/1/photo": png,
        "/v1/pets/1/notes": 'caf\u00e9 "notes"'.encode(),
        "PUT /v1/pets/1/photo": {},
        "POST /v1/pets/1/notes": {},
    }
    with package.SwaggerPetstoreClient(base_url=server + "/v1") as client:
        assert client.pets.get_photo(pet_id=1) == png
        assert client.pets.get_notes(pet_id=1) == 'caf\u00e9 "notes"'
        client.pets.replace_photo(pet_id=1, body=bytearray(b"raw"))
        client.pets.set_notes(pet_id=1, body="# Hi")
        with pytest.raises(package.ValidationError, match="body: must be bytes"):
            client.pets.replace_photo(pet_id=1, body="not bytes")
    assert Recorder.seen[2:] == ["/v1/pets/1/photo raw", "/v1/pets/1/notes # Hi"]
    sent_types = [headers["Content-Type"] for headers in Recorder.headers_seen[2:]]
    assert sent_types == ["application/octet-stream", "text/markdown"]
    assert Recorder.headers_seen[0]["Accept"] == "*/*"


def test_cookie_parameters_join_the_credential_cookie(
    generated: tuple[Path, str], server: str
) -> None:
    output, _ = generated
    package = imported(output, "swagger-petstore-api", "swagger_petstore_api")
    Recorder.replies = {"/v1/pets/5": {}}
    with package.SwaggerPetstoreClient(base_url=server + "/v1") as client:
        client.pets.delete_pet(pet_id=5, session="abc")
        client.pets.delete_pet(pet_id=5)
        with pytest.raises(package.ValidationError, match="session: must not contain"):
            client.pets.delete_pet(pet_id=5, session="a; b=c")
    assert [headers.get("Cookie") for headers in Recorder.headers_seen] == ["session=abc", None]


def test_a_union_body_is_one_argument(generated: tuple[Path, str], server: str) -> None:
    output, _ = generated
    package = imported(output, "swagger-petstore-api", "swagger_petstore_api")
    Recorder.replies = {"/v1/pets/2/owner": {}}
    with package.SwaggerPetstoreClient(base_url=server + "/v1") as client:
        client.pets.set_owner(pet_id=2, body=package.models.Company(title="ACME"))
        with pytest.raises(package.ValidationError, match="body"):
            client.pets.set_owner(pet_id=2, body=42)
        # oneOf: a company whose JSON also names a person fits both options.
        both = package.models.Company(title="ACME", extra_fields={"name": "Ann"})
        with pytest.raises(package.ValidationError, match="body: matches 2 of the oneOf"):
            client.pets.set_owner(pet_id=2, body=both)
    assert Recorder.seen == ['/v1/pets/2/owner {"title":"ACME"}']


def test_multipart_bodies_carry_files_text_and_json_parts(
    generated: tuple[Path, str], server: str
) -> None:
    output, _ = generated
    package = imported(output, "swagger-petstore-api", "swagger_petstore_api")
    Recorder.replies = {"/v1/pets/3/photo": {}}
    with package.SwaggerPetstoreClient(base_url=server + "/v1") as client:
        client.pets.upload_photo(
            pet_id=3,
            file=b"\x00\x01png",
            caption="Rex, asleep",
            extras=[b"a", b"b"],
            meta=package.models.UploadPhotoMeta(width=640),
        )
        with pytest.raises(package.ValidationError, match="file: must be bytes"):
            client.pets.upload_photo(pet_id=3, file="a path, not the content")
    content_type = Recorder.headers_seen[0]["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    import email.parser

    message = email.parser.BytesParser().parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode()
        + Recorder.seen[0].split(" ", 1)[1].encode("latin-1")
    )
    parts = [
        (
            part.get_param("name", header="content-disposition"),
            part.get_filename(),
            part.get_content_type(),
            part.get_payload(decode=True),
        )
        for part in message.get_payload()
    ]
    assert parts == [
        ("file", "file", "application/octet-stream", b"\x00\x01png"),
        ("caption", None, "text/plain", b"Rex, asleep"),
        ("extras", "extras", "application/octet-stream", b"a"),
        ("extras", "extras", "application/octet-stream", b"b"),
        ("meta", None, "application/json", b'{"width":640}'),
    ]


def test_names_only_punctuation_apart_stay_apart(generated: tuple[Path, str], server: str) -> None:
    output, warnings = generated
    assert "quirks.yaml: skipped GET /ghosts/{ghostId}: path parameter 'ghostId' is not" in warnings
    package = imported(output, "quirks-api", "quirks_api")
    Recorder.replies = {
        "/items/a": {"dashed": {"dashed": True}, "plain": {"plain": 2}, "preset": {"size": 1}}
    }
    with package.QuirksClient(base_url=server) as client:
        with pytest.raises(package.ValidationError, match="kind: is required"):
            client.default.items(kind=None)  # optional in the spec, yet part of the URL
        answer = client.default.items(kind="a")
    assert type(answer.dashed).__name__ != type(answer.plain).__name__
    assert (answer.dashed.dashed, answer.plain.plain, answer.preset) == (True, 2, {"size": 1})


def test_error_answers_are_decoded_into_their_declared_model(
    generated: tuple[Path, str], server: str
) -> None:
    output, _ = generated
    package = imported(output, "swagger-petstore-api", "swagger_petstore_api")
    Recorder.replies = {"/v1/pets": (404, {"code": 7, "message": "no pets", "hint": "later"})}
    with package.SwaggerPetstoreClient(base_url=server + "/v1") as client:
        with pytest.raises(package.ApiError) as raised:
            client.pets.list_pets()
        Recorder.replies = {"/v1/pets": (500, {"message": "no code"})}
        with pytest.raises(package.ApiError) as untyped:
            client.pets.list_pets()
    body = raised.value.body
    assert isinstance(body, package.models.Error)
    assert (raised.value.status, body.code, body.message, body.extra_fields) == (
        404,
        7,
        "no pets",
        {"hint": "later"},
    )
    assert untyped.value.body == {"message": "no code"}  # does not match: kept as it came


def test_defaults_are_documented_and_3_0_bounds_honoured(generated: tuple[Path, str]) -> None:
    output, _ = generated
    package = imported(output, "swagger-petstore-api", "swagger_petstore_api")
    client = package.SwaggerPetstoreClient()  # checked before anything is sent
    doc = type(client.pets).list_pets.__doc__
    assert "How many pets at most. Server default: ``20``." in " ".join(doc.split())
    with client, pytest.raises(package.ValidationError, match="limit: must be < 100"):
        client.pets.list_pets(limit=100)  # 3.0 `exclusiveMaximum: true`


def test_group_names_never_hide_client_methods() -> None:
    assert [group_name(tag) for tag in ("close", "1", "import", "Pet Store")] == [
        "close_",
        "n1",
        "import_",
        "pet_store",
    ]
