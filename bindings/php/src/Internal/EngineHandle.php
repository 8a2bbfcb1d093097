<?php

declare(strict_types=1);

namespace SovereignFilter\Internal;

use FFI;
use FFI\CData;

/**
 * Owns the sf_engine, reference-counted by the Filter and its Sessions.
 *
 * Why not just free it in Filter::__destruct: at shutdown PHP runs the remaining destructors in
 * creation order, so a Filter can be destructed before the Sessions that reference it. Counting
 * makes the engine outlive its last session whatever the order.
 *
 * @internal
 */
final class EngineHandle
{
    public readonly FFI $ffi;
    private ?CData $engine;
    private int $refs = 1;

    public function __construct(FFI $ffi, CData $engine)
    {
        $this->ffi = $ffi;
        $this->engine = $engine;
    }

    public function ptr(): CData
    {
        if ($this->engine === null) {
            throw Errors::internal('the engine has been freed');
        }
        return $this->engine;
    }

    public function retain(): void
    {
        $this->refs++;
    }

    public function release(): void
    {
        if (--$this->refs > 0 || $this->engine === null) {
            return;
        }
        $this->ffi->sf_engine_free($this->engine);
        $this->engine = null;
    }
}
