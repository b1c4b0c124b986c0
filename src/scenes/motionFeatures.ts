// framer-motion's animation features, loaded after first paint by LazyMotion (see MotionScope).
import { domAnimation } from 'framer-motion';

export default domAnimation;
