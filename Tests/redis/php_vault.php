<?php
// A conversation's vault in Redis through the PHP binding (Tests/redis/run.sh): one php-cli process
// pseudonymizes and saves, another (another "web node") loads and restores.
//   php php_vault.php LIB POLICY_FILE save|load|tamper SCOPE
declare(strict_types=1);

require __DIR__ . '/../../bindings/php/tests/bootstrap.php';

use SovereignFilter\Exception\SovereignFilterException;
use SovereignFilter\Filter;

[, $lib, $policyFile, $mode, $scope] = $argv;
$filter = new Filter((string) file_get_contents($policyFile), $lib);
try {
    if ($mode === 'save') {
        $s = $filter->loadVault($scope, 'support_chat');
        echo $filter->redact('write to vault.owner@example.com', $s), "\n";
        $filter->saveVault($s, $scope, 600);
    } else {
        $s = $filter->loadVault($scope, 'support_chat');
        echo $s->restore('Sent to <EMAIL_1>.'), "\n";
    }
} catch (SovereignFilterException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    exit(1);
}
