#version 450 core
in vec2 vUv;
uniform mat4 uInvViewProj;
uniform vec3 uCameraPos;
uniform vec3 uSunDir;
uniform vec3 uSunColour;
uniform vec3 uSkyZenith;
uniform vec3 uSkyHorizon;
uniform vec3 uAmbient;
uniform float uNight;
uniform float uTime;
uniform float uRain;
uniform float uWind;
layout(location = 0) out vec4 outColour;

void main()
{
    // Reversed-Z: depth 0 is the far plane.
    vec4 far = uInvViewProj * vec4(vUv * 2.0 - 1.0, 0.0, 1.0);
    vec3 dir = normalize(far.xyz / far.w - uCameraPos);
    float up = dir.y;

    vec3 sky = mix(uSkyHorizon, uSkyZenith, sqrt(clamp(up, 0.0, 1.0)));
    // Below the horizon (seen only where the set does not cover it): a darkened ground haze.
    sky = mix(sky, uSkyHorizon * 0.45, smoothstep(0.0, -0.25, up));
    float day = 1.0 - uNight;

    float cosSun = dot(dir, uSunDir);
    if (day > 0.0)
    {
        // The sun: a disk 0.53° across that the tone mapper clips to white, and a glow around it.
        float disk = smoothstep(0.99996, 0.99998, cosSun);
        sky += uSunColour * (disk * 60.0 + 0.35 * pow(max(cosSun, 0.0), 180.0) + 0.12 * pow(max(cosSun, 0.0), 8.0)) * day;
    }
    if (uNight > 0.0 && up > -0.02)
    {
        // Stars: one chance in a few hundred per cell of a direction grid, fading toward the horizon's haze.
        vec3 cellP = dir * 160.0;
        vec3 cell = floor(cellP);
        float h = hash13(cell);
        float star = step(0.985, h) * smoothstep(0.42, 0.0, length(fract(cellP) - 0.5)) * (h - 0.985) * 60.0;
        sky += vec3(0.8, 0.85, 1.0) * star * 0.05 * uNight * smoothstep(0.0, 0.25, up) * (1.0 - uRain);
        // The moon sits where the light comes from at night.
        float moon = smoothstep(0.99985, 0.99990, cosSun);
        sky += vec3(0.9, 0.92, 1.0) * (moon * 3.0 + 0.04 * pow(max(cosSun, 0.0), 60.0)) * uNight;
    }

    // A few soft clouds on a plane overhead, drifting with the wind; rain closes the sky.
    if (up > 0.0)
    {
        vec2 uv = dir.xz / (up + 0.08) * 1.2 + vec2(uTime * 0.004 * (1.0 + abs(uWind)), uTime * 0.001);
        float n = fbm(uv * 0.9 + 3.0);
        float cover = mix(0.58, 0.28, uRain);
        float cloud = smoothstep(cover, cover + 0.25, n) * smoothstep(0.0, 0.15, up);
        float lit = 0.75 + 0.25 * clamp(dot(uSunDir, vec3(0.0, 1.0, 0.0)) + cosSun * 0.5, 0.0, 1.0);
        vec3 cloudColour = (uSkyHorizon * 0.9 + uSunColour * 0.18 * day + uAmbient) * lit;
        cloudColour = mix(cloudColour, cloudColour * 0.55, uRain);
        sky = mix(sky, cloudColour, cloud * 0.85);
    }

    vec4 fog = fogAlong(uCameraPos, uCameraPos + dir * 2500.0, uSunDir, vec3(0.0), uSkyHorizon);
    // The haze term exists for distant geometry; the sky's horizon gradient already includes it.
    sky = mix(sky, uFogColour, min(fog.a, 1.0 - exp(-uFogDensity * 400.0)));
    outColour = developPixel(sky);
}
