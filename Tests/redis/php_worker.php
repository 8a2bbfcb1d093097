<?php
// One PHP worker of Tests/redis/run.sh: a php-cli process using the FFI binding, as a PHP-FPM worker
// would. Waits until START (epoch seconds), then makes CALLS guarded redactions of a text with an
// e-mail for feature checkout_assist and prints {"ok":…,"disabled":…,"other":…,"leaks":…}.
//   php php_worker.php LIB POLICY_FILE START CALLS WORKER_ID
declare(strict_types=1);

require __DIR__ . '/../../bindings/php/tests/bootstrap.php';

use SovereignFilter\Exception\AiDisabledException;
use SovereignFilter\Exception\SovereignFilterException;
use SovereignFilter\Filter;

[, $lib, $policyFile, $start, $calls, $id] = $argv;
$filter = new Filter((string) file_get_contents($policyFile), $lib);
while (microtime(true) < (float) $start) {
    usleep(1000);
}
$r = ['ok' => 0, 'disabled' => 0, 'other' => 0, 'leaks' => 0];
for ($i = 0; $i < (int) $calls; $i++) {
    $email = "worker{$id}.call{$i}@example.com";
    try {
        $out = $filter->redact("ship order to {$email} today", $filter->newSession('checkout_assist'));
        $r['ok']++;
        if (str_contains($out, $email)) {
            $r['leaks']++;
        }
    } catch (AiDisabledException $e) {
        $r['disabled']++;
    } catch (SovereignFilterException $e) {
        $r['other']++;
        fwrite(STDERR, "worker {$id}: {$e->getMessage()}\n");
    }
}
echo json_encode($r), "\n";
