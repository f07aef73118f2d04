"""Every language in both sandboxes: the verdicts of a small stdin/stdout problem, and the image's versions.

The Docker sandbox runs the image's toolchains; the local sandbox (with bubblewrap) runs the host's, so
a language whose toolchain the host lacks is skipped there, or fails under MOCKROUND_REQUIRE_SERVICES=1.
"""

from __future__ import annotations

import re
import shutil
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass

import docker
import pytest

from mockround.grading.docker import DockerSandbox
from mockround.grading.job import JudgeJob, JudgeResult, Limits, TestCase
from mockround.grading.judge import judge
from mockround.grading.languages import sandbox_languages
from mockround.grading.local import LocalSandbox
from mockround.grading.sandbox import Sandbox
from mockround.grading.verdicts import Verdict
from tests.conftest import unavailable

# The runner's PATH: where a local sandbox finds a language's tools.
RUNNER_PATH = "/usr/local/bin:/usr/bin:/bin"

# Read two integers, print their sum. The last test overflows 32 bits.
TESTS = [
    TestCase(name="sample-1", input="1 2\n", expected="3\n", sample=True),
    TestCase(name="hidden-1", input="40 2\n", expected="42\n"),
    TestCase(name="hidden-2", input="2000000000 2000000000\n", expected="4000000000\n"),
]


def program(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


@dataclass(frozen=True)
class Programs:
    """Submissions in one language, one per verdict, and what the host needs to run them locally."""

    tools: tuple[str, ...]
    # Prints `a + b`; its wrong twin prints `a | b`: right on the first two tests, wrong on the third.
    accepted: str
    forever: str
    broken: str
    compiler_says: tuple[str, ...]  # fragments of the compiler's message about `broken`
    # Allocates without end, far beyond the memory limit.
    hog: str
    hog_verdict: Verdict

    @property
    def wrong(self) -> str:
        assert "a + b" in self.accepted
        return self.accepted.replace("a + b", "(a | b)")


PROGRAMS = {
    "python3": Programs(
        tools=("python3",),
        accepted=program(
            """
            a, b = map(int, input().split())
            print(a + b)
            """
        ),
        forever=program(
            """
            while True:
                pass
            """
        ),
        broken=program(
            """
            a, b = map(int, input().split()
            print(a + b)
            """
        ),
        compiler_says=('File "main.py", line 1', "SyntaxError"),
        hog=program(
            """
            blocks = []
            while True:
                blocks.append(bytearray(1 << 20))
            """
        ),
        hog_verdict=Verdict.MEMORY_LIMIT,  # MemoryError at the address-space limit
    ),
    "javascript": Programs(
        tools=("node",),
        accepted=program(
            """
            const [a, b] = require("fs").readFileSync(0, "utf8").trim().split(/\\s+/).map(BigInt);
            console.log(String(a + b));
            """
        ),
        forever="while (true) {}\n",
        broken="const a = ;\n",
        compiler_says=("main.js:1", "SyntaxError: Unexpected token ';'"),
        hog=program(
            """
            const blocks = [];
            for (;;) blocks.push(new Array(1 << 20).fill(1.5));
            """
        ),
        hog_verdict=Verdict.MEMORY_LIMIT,  # V8: "JavaScript heap out of memory" at --max-old-space-size
    ),
    "cpp": Programs(
        tools=("g++",),
        accepted=program(
            """
            #include <iostream>

            int main() {
                long long a, b;
                std::cin >> a >> b;
                std::cout << a + b << '\\n';
            }
            """
        ),
        # volatile: the compiler may remove a loop without side effects.
        forever=program(
            """
            int main() {
                volatile unsigned long spins = 0;
                for (;;) ++spins;
            }
            """
        ),
        broken=program(
            """
            #include <iostream>

            int main() {
                std::cout << undeclared_total << '\\n';
            }
            """
        ),
        # g++ quotes the name with typographic quotes under LANG=C.UTF-8.
        compiler_says=("main.cpp:4:18: error:", "undeclared_total", "was not declared in this scope"),
        hog=program(
            """
            #include <vector>

            int main() {
                std::vector<std::vector<char>> blocks;
                for (;;) blocks.emplace_back(1 << 20, 'x');
            }
            """
        ),
        hog_verdict=Verdict.MEMORY_LIMIT,  # std::bad_alloc at the address-space limit
    ),
    "java": Programs(
        tools=("javac", "java"),
        accepted=program(
            """
            import java.util.Scanner;

            public class Main {
                public static void main(String[] args) {
                    Scanner in = new Scanner(System.in);
                    long a = in.nextLong(), b = in.nextLong();
                    System.out.println(a + b);
                }
            }
            """
        ),
        forever=program(
            """
            public class Main {
                public static void main(String[] args) {
                    while (true) {}
                }
            }
            """
        ),
        broken=program(
            """
            public class Main {
                public static void main(String[] args) {
                    int x = 1
                }
            }
            """
        ),
        compiler_says=("Main.java:3: error: ';' expected",),
        hog=program(
            """
            import java.util.ArrayList;
            import java.util.List;

            public class Main {
                public static void main(String[] args) {
                    List<long[]> blocks = new ArrayList<>();
                    for (;;) blocks.add(new long[1 << 17]);
                }
            }
            """
        ),
        hog_verdict=Verdict.MEMORY_LIMIT,  # OutOfMemoryError at -Xmx
    ),
    "go": Programs(
        tools=("go",),
        accepted=program(
            """
            package main

            import "fmt"

            func main() {
            \tvar a, b int64
            \tfmt.Scan(&a, &b)
            \tfmt.Println(a + b)
            }
            """
        ),
        forever=program(
            """
            package main

            func main() {
            \tfor {
            \t}
            }
            """
        ),
        broken=program(
            """
            package main

            import "fmt"

            func main() {
            \tfmt.Println(total)
            }
            """
        ),
        compiler_says=("main.go:6:14: undefined: total",),
        hog=program(
            """
            package main

            func main() {
            \tvar blocks [][]byte
            \tfor {
            \t\tblock := make([]byte, 1<<20)
            \t\tfor i := range block {
            \t\t\tblock[i] = 1
            \t\t}
            \t\tblocks = append(blocks, block)
            \t}
            }
            """
        ),
        hog_verdict=Verdict.MEMORY_LIMIT,  # "fatal error: runtime: out of memory" at the address-space limit
    ),
}

LANGUAGES = sorted(PROGRAMS)


@pytest.fixture(scope="module")
def docker_sandbox(docker_image: str) -> Iterator[DockerSandbox]:
    sandbox = DockerSandbox(docker_image)
    yield sandbox
    sandbox.close()


@pytest.fixture(params=[pytest.param("docker", marks=pytest.mark.docker), "bubblewrap"])
def sandbox(request: pytest.FixtureRequest, language: str) -> Sandbox:
    if request.param == "docker":
        docker_sandbox: DockerSandbox = request.getfixturevalue("docker_sandbox")
        return docker_sandbox
    request.getfixturevalue("bubblewrap")
    missing = [tool for tool in PROGRAMS[language].tools if shutil.which(tool, path=RUNNER_PATH) is None]
    if missing:
        unavailable(f"the local sandbox runs the host's toolchains, and this host lacks {', '.join(missing)}")
    return LocalSandbox(use_bubblewrap=True)


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


def run(
    sandbox: Sandbox, language: str, source: str, tests: list[TestCase] = TESTS, **limits: float
) -> JudgeResult:
    job = JudgeJob(source=source, language=language, tests=tests, limits=Limits(**limits))
    return judge(job, sandbox)


def test_every_language_is_tested() -> None:
    assert set(PROGRAMS) == set(sandbox_languages())


def test_accepted(sandbox: Sandbox, language: str) -> None:
    result = run(sandbox, language, PROGRAMS[language].accepted)
    assert result.verdict is Verdict.ACCEPTED, result
    assert result.score == 1.0
    assert result.tests[0].output == "3\n"
    assert [test.output for test in result.tests[1:]] == [None, None]  # hidden tests never show their output


def test_wrong_answer(sandbox: Sandbox, language: str) -> None:
    result = run(sandbox, language, PROGRAMS[language].wrong)
    verdicts = [test.verdict for test in result.tests]
    assert verdicts == [Verdict.ACCEPTED, Verdict.ACCEPTED, Verdict.WRONG_ANSWER], result
    assert result.verdict is Verdict.WRONG_ANSWER
    assert result.score == pytest.approx(2 / 3, abs=1e-6)


def test_infinite_loop_is_time_limit(sandbox: Sandbox, language: str) -> None:
    result = run(sandbox, language, PROGRAMS[language].forever, tests=TESTS[:1], time_seconds=0.5)
    assert result.verdict is Verdict.TIME_LIMIT, result


def test_compile_error_reaches_the_message(sandbox: Sandbox, language: str) -> None:
    programs = PROGRAMS[language]
    result = run(sandbox, language, programs.broken)
    assert result.verdict is Verdict.COMPILATION_ERROR, result
    assert result.message is not None
    for fragment in programs.compiler_says:
        assert fragment in result.message
    assert result.tests == []


def test_allocating_without_end_is_stopped(sandbox: Sandbox, language: str) -> None:
    # Whatever the runtime, the limit is met by the submission's own failure, never an internal error.
    programs = PROGRAMS[language]
    result = run(sandbox, language, programs.hog, tests=TESTS[:1], memory_mb=128, time_seconds=2)
    assert result.verdict is programs.hog_verdict, result


# Each toolchain's version as its own tool prints it, cut to the precision of languages.yaml.
VERSION_PROBES = {
    "python3": (["python3", "--version"], r"^Python (\d+\.\d+)\."),
    "javascript": (["node", "--version"], r"^v(\d+)\."),
    "cpp": (["g++", "--version"], r"^g\+\+ .* (\d+)\.\d+\.\d+$"),
    "java": (["java", "-version"], r'^openjdk version "(\d+)[."]'),
    "go": (["go", "version"], r"^go version go(\d+\.\d+)[. ]"),
}


@pytest.fixture(scope="module")
def docker_client(docker_image: str) -> Iterator[docker.DockerClient]:
    client = docker.from_env(timeout=30)
    yield client
    client.close()


def test_every_language_has_a_version_probe() -> None:
    assert set(VERSION_PROBES) == set(sandbox_languages())


@pytest.mark.docker
@pytest.mark.parametrize("language", LANGUAGES)
def test_image_versions_match_the_languages(
    docker_client: docker.DockerClient, docker_image: str, language: str
) -> None:
    command, pattern = VERSION_PROBES[language]
    printed = docker_client.containers.run(
        docker_image, command, network_mode="none", read_only=True, remove=True, stdout=True, stderr=True
    ).decode("utf-8", "replace")
    found = re.search(pattern, printed, re.MULTILINE)
    assert found is not None, f"{command} printed {printed!r}"
    assert found.group(1) == sandbox_languages()[language].version
