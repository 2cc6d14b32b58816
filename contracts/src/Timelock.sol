// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title Timelock
/// @notice OpenZeppelin's TimelockController, the only account that may
/// change Rollup parameters. Its minimum delay must exceed a batch's dispute
/// window plus reveal period; Rollup checks that on every change.
contract Timelock is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
