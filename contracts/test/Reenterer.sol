// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice TEST ONLY. A malicious receiver: when tokens arrive it replays a
/// stored call (for example the same Rollup.withdraw) against the target and
/// records whether that re-entry succeeded.
contract Reenterer {
    address public target;
    bytes public payload;
    uint256 public attempts;
    uint256 public successes;
    bytes public lastRevert;

    function arm(address target_, bytes calldata payload_) external {
        target = target_;
        payload = payload_;
    }

    function reset() external {
        target = address(0);
        delete payload;
        attempts = 0;
        successes = 0;
        delete lastRevert;
    }

    /// @notice Lets the test make this contract the sender of any call.
    function execute(address to, bytes calldata data) external returns (bytes memory) {
        (bool ok, bytes memory ret) = to.call(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }

    /// @notice Several calls from this contract in one transaction (and so
    /// one block), bubbling the first failure.
    function multicall(address to, bytes[] calldata calls) external {
        for (uint256 i = 0; i < calls.length; i++) {
            (bool ok, bytes memory ret) = to.call(calls[i]);
            if (!ok) {
                assembly {
                    revert(add(ret, 32), mload(ret))
                }
            }
        }
    }

    function onTokenReceived(address, uint256) external {
        if (target == address(0) || attempts > 0) return;
        attempts++;
        (bool ok, bytes memory ret) = target.call(payload);
        if (ok) {
            successes++;
        } else {
            lastRevert = ret;
        }
    }
}
