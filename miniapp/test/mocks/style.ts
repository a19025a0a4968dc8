// Style imports are a build concern; in jest they are empty.
export default {};
