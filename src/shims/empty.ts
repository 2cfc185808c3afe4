/** Stands in for Node's `fs` in the plugin bundle: gray-matter only needs it for `matter.read`, which we never call. */
export default {};
