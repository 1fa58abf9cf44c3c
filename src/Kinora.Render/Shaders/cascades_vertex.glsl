// The vertex half of cascades.glsl: each vertex's place in both shadow cascades, pushed along its normal by a
// share of the cascade's texel that grows with the slope to the sun (slope-scaled normal offset: no acne on faces
// turned away from the light, and little enough on faces toward it that feet still touch their shadows). The
// cascades are orthographic, so these interpolate exactly; the fragment shader only samples (on llvmpipe two
// matrix transforms a pixel cost more than six more varyings).
uniform mat4 uShadowViewProj[2];  // world to each cascade's clip space (orthographic: w = 1)
uniform vec2 uShadowTexel;        // metres per texel of the near and the far cascade
uniform vec3 uSunDir;
out vec3 vShadow0;
out vec3 vShadow1;

void shadowCoords(vec3 world, vec3 normal)
{
    vec3 n = normal * inversesqrt(max(dot(normal, normal), 1e-12));
    float nl = dot(n, uSunDir);
    // Double-sided faces are lit on whichever side faces the sun: push toward it.
    n = nl < 0.0 ? -n : n;
    nl = min(abs(nl), 1.0);
    float push = 0.6 + 1.8 * sqrt(1.0 - nl * nl);
    vShadow0 = (uShadowViewProj[0] * vec4(world + n * (uShadowTexel.x * push), 1.0)).xyz;
    vShadow1 = (uShadowViewProj[1] * vec4(world + n * (uShadowTexel.y * push), 1.0)).xyz;
}
