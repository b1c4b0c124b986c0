// framer-motion's animation features, loaded after first paint by LazyMotion (see MotionScope).
// domMin (the renderer and the animations, no gestures, drag or layout) is the smallest bundle the
// scenes need: they only animate values, and no scene responds to a gesture.
import { domMin } from 'framer-motion';

export default domMin;
