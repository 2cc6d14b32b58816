// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title Timelock
/// @notice OpenZeppelin's TimelockController, the only account that may
/// change Rollup parameters. Its minimum delay must exceed a batch's dispute
/// window plus reveal period; Rollup checks that on every change.
/// @dev The delay can only grow. Rollup sees the delay only when setParam
/// runs, so a delay lowered through updateDelay (itself timelocked) would let
/// a batch [updateDelay(back up), setParam] scheduled with the low delay pass
/// that check and change a parameter without notice.
contract Timelock is TimelockController {
    error DelayDecrease(uint256 current, uint256 requested);

    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}

    function updateDelay(uint256 newDelay) public override {
        uint256 current = getMinDelay();
        if (newDelay < current) revert DelayDecrease(current, newDelay);
        super.updateDelay(newDelay);
    }
}
