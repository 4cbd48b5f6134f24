/* Main menu dropdowns (<details>): keep aria-expanded in step, close on Escape and on a tap outside.
   Opening by tap, Enter and Space is the browser's own <summary> behaviour, so the menu works without this. */
(function () {
    "use strict";
    var menus = document.querySelectorAll(".site-nav details");

    function sync(details) {
        details.querySelector("summary").setAttribute("aria-expanded", details.open ? "true" : "false");
    }

    function closeAll(except) {
        menus.forEach(function (details) {
            if (details !== except && details.open) {
                details.open = false;
            }
        });
    }

    menus.forEach(function (details) {
        sync(details);
        details.addEventListener("toggle", function () {
            sync(details);
            if (details.open) {
                closeAll(details);
            }
        });
    });

    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") {
            return;
        }
        menus.forEach(function (details) {
            if (details.open) {
                details.open = false;
                details.querySelector("summary").focus();
            }
        });
    });

    document.addEventListener("click", function (event) {
        menus.forEach(function (details) {
            if (details.open && !details.contains(event.target)) {
                details.open = false;
            }
        });
    });
})();
