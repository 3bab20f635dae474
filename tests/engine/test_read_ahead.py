"""``read_ahead``: the next item is fetched while the consumer works, in order, bounded."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from syncwright.engine.read_ahead import read_ahead


class Source:
    """An async source that records how far it has been read and whether it was closed."""

    def __init__(self, n: int, fail_at: int | None = None, delay: float = 0.0) -> None:
        self.n, self.fail_at, self.delay = n, fail_at, delay
        self.produced = 0
        self.closed = False

    async def items(self) -> AsyncIterator[int]:
        try:
            for i in range(self.n):
                await asyncio.sleep(self.delay)
                if i == self.fail_at:
                    raise ValueError(f"page {i} is garbled")
                self.produced += 1
                yield i
        finally:
            self.closed = True


def test_items_arrive_in_order_and_all_of_them() -> None:
    async def main() -> list[int]:
        src = Source(50)
        async with read_ahead(src.items(), depth=3) as ahead:
            return [i async for i in ahead]

    assert asyncio.run(main()) == list(range(50))


def test_the_next_item_is_fetched_while_the_consumer_works() -> None:
    """Ten items taking 20 ms each to fetch and 20 ms each to handle: in sequence that is
    400 ms; read ahead it is about 220 ms."""

    async def main() -> float:
        src = Source(10, delay=0.02)
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        async with read_ahead(src.items(), depth=1) as ahead:
            async for _ in ahead:
                await asyncio.sleep(0.02)
        return loop.time() - t0

    assert asyncio.run(main()) < 0.33


def test_it_reads_at_most_depth_items_ahead_of_the_consumer() -> None:
    async def main() -> list[int]:
        src = Source(100)
        ahead_by = []
        async with read_ahead(src.items(), depth=2) as ahead:
            consumed = 0
            async for _ in ahead:
                consumed += 1
                await asyncio.sleep(0.001)  # let the reader run as far as it may
                ahead_by.append(src.produced - consumed)
        return ahead_by

    # two queued, one more fetched and waiting for room
    assert max(asyncio.run(main())) <= 3


def test_an_error_is_raised_where_it_happened_after_the_items_before_it() -> None:
    async def main() -> tuple[list[int], Source]:
        src = Source(10, fail_at=4)
        got: list[int] = []
        with pytest.raises(ValueError, match="page 4 is garbled"):
            async with read_ahead(src.items(), depth=2) as ahead:
                async for i in ahead:
                    got.append(i)
        return got, src

    got, src = asyncio.run(main())
    assert got == [0, 1, 2, 3] and src.closed


def test_leaving_early_stops_the_reader_and_closes_the_source() -> None:
    async def main() -> Source:
        src = Source(1000, delay=0.001)
        async with read_ahead(src.items(), depth=2) as ahead:
            async for i in ahead:
                if i == 5:
                    break
        produced = src.produced
        await asyncio.sleep(0.05)
        assert src.produced == produced  # nothing more is read once the block is left
        return src

    src = asyncio.run(main())
    assert src.closed and src.produced <= 9


def test_depth_must_be_positive() -> None:
    async def main() -> None:
        async with read_ahead(Source(1).items(), depth=0):
            pass

    with pytest.raises(ValueError, match="depth must be at least 1"):
        asyncio.run(main())
